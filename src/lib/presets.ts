/**
 * Embed presets: states worth sharing, each prerendered as /embed/<name> (in every locale) with
 * its own oEmbed JSON (/oembed/<name>.json). Any other state works through /embed?… query
 * parameters. A preset that shows other layers than the defaults names no layer: each layer
 * module says which presets switch it on (`presets`), so a new layer joins one untouched.
 */
import type { Messages } from '$shared/i18n/messages';
import { lastParam } from '$shared/query-rule';
import { registry } from './layers';

export interface Preset {
	name: string;
	title: (m: Messages) => string;
	/** The state, as the query of a map URL. */
	query: string;
}

export const PRESETS: Preset[] = [
	{ name: 'overview', title: (m) => m.preset_overview_title(), query: '' },
	{
		name: 'banjska',
		title: (m) => m.preset_banjska_title(),
		query: 'place=banjska-monastery-siege&view=20.8000,42.9500,10.50'
	},
	{
		name: 'deployments',
		title: (m) => m.preset_deployments_title(),
		query: `layers=${registry.inPreset('deployments').join(',')}&place=serbian-armed-forces-deployment-area`
	}
];

export function presetByName(name: string): Preset | undefined {
	return PRESETS.find((p) => p.name === name);
}

/** A preset's state with the page's own query laid over it: the reader's link wins. */
export function mergeQuery(preset: string, own: string): URLSearchParams {
	const merged = new URLSearchParams(preset);
	const ownParams = new URLSearchParams(own);
	// One value a name, the last one given (the one rule: query-rule.js).
	for (const k of new Set(ownParams.keys())) merged.set(k, lastParam(ownParams, k)!);
	return merged;
}
