import { error, json } from '@sveltejs/kit';
import pngUrl from '$lib/generated/static-map.png?url';
import { oembedFor } from '$lib/oembed';
import { PRESETS, presetByName } from '$lib/presets';
import type { EntryGenerator, RequestHandler } from './$types';

// Written as static files at build time; README explains what a server needs for any url=.
export const prerender = true;
export const entries: EntryGenerator = () => PRESETS.map((p) => ({ preset: p.name }));

export const GET: RequestHandler = ({ params }) => {
	const preset = presetByName(params.preset);
	if (!preset) error(404, 'No such embed preset');
	return json(oembedFor(preset, pngUrl));
};
