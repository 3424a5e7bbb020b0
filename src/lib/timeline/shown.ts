/**
 * Which places a range shows: the rule the map's filter expression applies, for the list, the
 * search, the counts and the timeline's rows. A place without events is never hidden.
 */
import { spanOfDates, inRange, type Range } from '$shared/time/days';
import type { CatalogPlace, PlaceCatalog } from '$lib/catalog';
import { registry } from '$lib/layers';

export function shownIn(range: Range): (place: Pick<CatalogPlace, 'dates'>) => boolean {
	return (place) => inRange(spanOfDates(place.dates), range);
}

/** The places of the reader's list (context places are off it), in the list's order. */
export function listedPlaces(catalog: PlaceCatalog): CatalogPlace[] {
	return registry.places.filter((l) => l.listed).flatMap((l) => catalog.placesInLayer(l.id));
}
