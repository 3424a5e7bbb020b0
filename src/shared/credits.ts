/**
 * The credits every view of the map shows, and the point of view on the boundary.
 * First-party constants: the only HTML MapLibre's attribution control receives.
 */
export const POINT_OF_VIEW =
	'The Kosovo–Serbia boundary is drawn as OpenStreetMap draws it. The map takes no position on Kosovo’s status: Kosovo calls the line a state border, Serbia an administrative line.';

export interface Credit {
	text: string;
	href: string;
}

export const CREDITS: Credit[] = [
	{ text: '© OpenStreetMap contributors (ODbL)', href: 'https://www.openstreetmap.org/copyright' },
	{ text: 'Towns: GeoNames (CC BY 4.0)', href: 'https://www.geonames.org/' }
];

/** MapLibre's attribution line: the credits, the boundary's point of view, and our method. */
export function attributionHtml(sourcesHref: string): string[] {
	return [
		...CREDITS.map(
			(c) => `<a href="${c.href}" target="_blank" rel="noopener noreferrer">${c.text}</a>`
		),
		`<a href="${sourcesHref}#point-of-view" target="_blank" rel="noopener">Boundary as in OpenStreetMap; no position on Kosovo’s status</a>`,
		`<a href="${sourcesHref}" target="_blank" rel="noopener">Sources &amp; method</a>`
	];
}
