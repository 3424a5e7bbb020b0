/**
 * The credits every view of the map shows: their words are messages (credit_osm, credit_geonames),
 * their links fixed here. The only HTML MapLibre's attribution control receives is built here,
 * from these links and from message text escaped as text.
 */
import type { Messages } from './i18n/messages';

export interface Credit {
	text: (m: Messages) => string;
	href: string;
}

export const CREDITS: Credit[] = [
	{ text: (m) => m.credit_osm(), href: 'https://www.openstreetmap.org/copyright' },
	{ text: (m) => m.credit_geonames(), href: 'https://www.geonames.org/' }
];

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** MapLibre's attribution line: the credits, the boundary's point of view, and our method. */
export function attributionHtml(sourcesHref: string, m: Messages): string[] {
	return [
		...CREDITS.map(
			(c) => `<a href="${c.href}" target="_blank" rel="noopener noreferrer">${esc(c.text(m))}</a>`
		),
		`<a href="${esc(sourcesHref)}#point-of-view" target="_blank" rel="noopener">${esc(m.attribution_point_of_view())}</a>`,
		`<a href="${esc(sourcesHref)}" target="_blank" rel="noopener">${esc(m.attribution_sources())}</a>`
	];
}
