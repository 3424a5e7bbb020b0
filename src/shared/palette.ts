/**
 * The colours every layer shares: the map's ground, label halos and the selection highlight.
 * Each layer module declares its own colours beside its style; these are the common ones.
 * Chosen to stay apart for the common colour-vision deficiencies: red marks incidents only, the
 * military layers are orange, purple and blue, each also told apart by line style.
 */
export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

export interface BaseColours {
	/** Behind everything: the sea of the map, outside the countries. */
	background: string;
	/** Kosovo's land, and what sits on it as a neutral fill (municipality points). */
	land: string;
	/** Text on the map that is not a place's own colour (towns, the picture's legend). */
	text: string;
	labelHalo: string;
	/** The outline of the chosen place. */
	selected: string;
}

export const BASE: Record<Theme, BaseColours> = {
	light: {
		background: '#dfe3e6',
		land: '#fbfaf6',
		text: '#3d3a34',
		labelHalo: '#ffffff',
		selected: '#ffd43b'
	},
	dark: {
		background: '#101418',
		land: '#2a2f35',
		text: '#dfe3e6',
		labelHalo: '#101418',
		selected: '#ffd43b'
	}
};

/** Tried in order as CSS families: Debian ships DejaVu and Liberation with Chromium. */
export const MAP_FONT = ['Noto Sans', 'DejaVu Sans', 'Liberation Sans', 'Arial', 'sans-serif'];
