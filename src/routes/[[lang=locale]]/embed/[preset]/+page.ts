import { error } from '@sveltejs/kit';
import { LANG_ENTRIES } from '$shared/i18n/locales';
import { PRESETS, presetByName } from '$lib/presets';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	LANG_ENTRIES.flatMap((lang) => PRESETS.map((p) => ({ ...lang, preset: p.name })));

export const load: PageLoad = ({ params }) => {
	const preset = presetByName(params.preset);
	if (!preset) error(404, 'No such embed preset');
	return { preset };
};
