/**
 * The periods a reader is offered first: each is the same `from`/`to` a URL can carry, so a
 * preset and a shared link are one thing.
 */
import type { Messages } from '$shared/i18n/messages';

export interface TimePreset {
	id: string;
	label: (m: Messages) => string;
	from: string | null;
	to: string | null;
}

export const TIME_PRESETS: readonly TimePreset[] = [
	{ id: 'may-2023', label: (m) => m.timeline_preset_may(), from: '2023-05', to: '2023-05' },
	{
		id: 'september-2023',
		label: (m) => m.timeline_preset_september(),
		from: '2023-09',
		to: '2023-09'
	},
	// The day after the siege of 24 September 2023: the deployment and the reinforcement it set off.
	{
		id: 'after-siege',
		label: (m) => m.timeline_preset_after_siege(),
		from: '2023-09-25',
		to: null
	},
	{ id: 'everything', label: (m) => m.timeline_preset_everything(), from: null, to: null }
];
