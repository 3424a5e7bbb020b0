import { error, json } from '@sveltejs/kit';
import { LANG_ENTRIES, localeOf, localizePath } from '$shared/i18n/locales';
import { loadLocale } from '$lib/i18n/load';
import { oembedFor } from '$lib/oembed';
import { PRESETS, presetByName } from '$lib/presets';
import { pictureUrl } from '$lib/static-map-files';
import type { EntryGenerator, RequestHandler } from './$types';

// Written as static files at build time, one for each preset in each locale; README explains
// what a server needs to answer any url=.
export const prerender = true;
export const entries: EntryGenerator = () =>
	LANG_ENTRIES.flatMap((lang) => PRESETS.map((p) => ({ ...lang, preset: p.name })));

export const GET: RequestHandler = async ({ params }) => {
	const preset = presetByName(params.preset);
	if (!preset) error(404, 'No such embed preset');
	const locale = localeOf(params.lang);
	const { m } = await loadLocale(locale);
	return json(
		oembedFor(preset, m, {
			embed: localizePath(`/embed/${preset.name}`, locale),
			home: localizePath('/', locale),
			thumbnail: pictureUrl(locale, 'png')
		})
	);
};
