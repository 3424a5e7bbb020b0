/** The static picture of each locale, as files: the SVG (after in-app navigation) and the PNG (thumbnails, cards). */
import type { Locale } from '$shared/i18n/locales';

const files = import.meta.glob<string>('$lib/generated/static-map/*.{svg,png}', {
	query: '?url',
	import: 'default',
	eager: true
});

export function pictureUrl(locale: Locale, kind: 'svg' | 'png'): string {
	const found = Object.entries(files).find(([f]) => f.endsWith(`/${locale}.${kind}`));
	if (!found) throw new Error(`no static picture for ${locale} (${kind}): run npm run geo:build`);
	return found[1];
}
