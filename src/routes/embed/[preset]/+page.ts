import { error } from '@sveltejs/kit';
import { PRESETS, presetByName } from '$lib/presets';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => PRESETS.map((p) => ({ preset: p.name }));

export const load: PageLoad = ({ params }) => {
	const preset = presetByName(params.preset);
	if (!preset) error(404, 'No such embed preset');
	return { preset };
};
