/**
 * The static map's text alternative, written from the catalog so it names what the picture
 * draws: every incident with its date and precision, the municipalities, and the layers shown
 * by default. A hand-written text would drift from the data.
 */
import { catalog, formatCount, formatDate, type CatalogPlace } from '$lib/catalog';
import { LAYERS, type LayerInfo } from '$lib/layers';
import type { Catalog } from '$geo/app-data';
import type { LayerId } from '$geo/types';

/** Above this many incidents the text counts them instead of naming each one. */
const NAMED_INCIDENTS = 5;

/** How the picture (geo/lib/static-map.ts) draws each of the other layers. */
const CONTEXT: Partial<Record<LayerId, (places: CatalogPlace[]) => string>> = {
	boundary: () => 'in black, the Kosovo–Serbia boundary',
	'deployment-area': () =>
		'in orange, the reported Serbian Armed Forces deployment band (approximate, no positions)',
	'kfor-reinforcement': () => 'dashed blue, the reported KFOR reinforcement area',
	'ground-safety-zone': (places) => {
		// From its first year to its last, as the dates in the catalog say.
		const years = places.flatMap((p) => p.dates.map((d) => d.value.slice(0, 4)));
		const span = years.length ? ` (${[...new Set([years[0], years.at(-1)])].join('–')})` : '';
		return `in purple, the historical Ground Safety Zone${span}`;
	}
};

/** "a", "a and b", "a, b and c". */
function series(items: string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function incidentsText(places: CatalogPlace[], count: number): string {
	if (count > NAMED_INCIDENTS || places.length < count) {
		return `${formatCount(count)} incidents in red.`;
	}
	const named = places.map((p) => {
		const date = p.dates[0] ? formatDate(p.dates[0]) : '';
		const approximate = p.location.precision === 'approximate' ? ', approximate' : '';
		return `${p.names.en}, ${date}${approximate}`;
	});
	return `Incidents in red, ringed where approximate: ${named.join('; ')}.`;
}

function municipalitiesText(places: CatalogPlace[]): string {
	const areas = places.filter((p) => p.geometryType !== 'Point').map((p) => p.names.en);
	const towns = places.filter((p) => p.geometryType === 'Point').map((p) => p.names.en);
	const parts = [];
	if (areas.length) parts.push(`Municipalities outlined in grey: ${series(areas)}`);
	if (towns.length === 1) parts.push(`${towns[0]}, a town point without its own boundary`);
	if (towns.length > 1) parts.push(`${series(towns)}, town points without their own boundaries`);
	return parts.length ? `${parts.join('; ')}.` : '';
}

export function staticAlt(
	data: Pick<Catalog, 'places' | 'counts'> = catalog,
	layers: LayerInfo[] = LAYERS
): string {
	const shown = layers.filter((l) => l.visibleByDefault && data.counts[l.id] > 0);
	const placesOf = (id: LayerId) => data.places.filter((p) => p.layer === id);
	const sentences = ['Map of northern Kosovo.'];
	const context: string[] = [];
	for (const layer of shown) {
		if (layer.id === 'incidents') {
			sentences.push(incidentsText(placesOf('incidents'), data.counts.incidents));
		} else if (layer.id === 'municipalities') {
			sentences.push(municipalitiesText(placesOf('municipalities')));
		} else {
			const clause = CONTEXT[layer.id]?.(placesOf(layer.id));
			if (clause) context.push(clause);
		}
	}
	if (context.length) {
		const text = context.join('; ');
		sentences.push(`${text[0]!.toUpperCase()}${text.slice(1)}.`);
	}
	sentences.push('The list gives each place with what the sources say.');
	return sentences.filter(Boolean).join(' ');
}

/** The alt text of the picture every page shows first. */
export const STATIC_ALT = staticAlt();
