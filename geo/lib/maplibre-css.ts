/**
 * MapLibre's stylesheet without the controls this map never shows (geolocation, compass,
 * fullscreen, terrain, globe, scale, logo, markers): their inline SVG icons are most of its
 * 10 KB (gzip), which every reader would download for nothing. Run at build time by geo:build.
 */
import { transform } from 'lightningcss';

/** Selectors that name one of these go, and a rule goes with its last selector. */
const UNUSED =
	/maplibregl-(ctrl-geolocate|user-location|ctrl-compass|ctrl-fullscreen|ctrl-shrink|pseudo-fullscreen|ctrl-logo|ctrl-scale|ctrl-terrain|ctrl-globe|marker)/;

export function maplibreCssSubset(css: string): string {
	const { code } = transform({
		filename: 'maplibre-gl.css',
		code: Buffer.from(css),
		minify: true,
		visitor: {
			Rule: {
				style(rule) {
					const used = rule.value.selectors.filter(
						(selector) =>
							!UNUSED.test(selector.map((c) => (c.type === 'class' ? `.${c.name}` : '')).join(' '))
					);
					if (used.length === 0) return [];
					rule.value.selectors = used;
					return rule;
				},
				media(rule) {
					return rule.value.rules.length === 0 ? [] : undefined;
				}
			}
		}
	});
	return code.toString();
}
