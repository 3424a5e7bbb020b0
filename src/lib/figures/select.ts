/** The figures of one place, by measure, in the panel's order: what its details show. */
import type { CatalogMeasure } from '$shared/app-data';

export function figuresOfPlace(measures: CatalogMeasure[], placeId: string): CatalogMeasure[] {
	return measures
		.map((measure) => ({
			...measure,
			figures: measure.figures.filter((f) => f.places.includes(placeId))
		}))
		.filter((measure) => measure.figures.length > 0);
}
