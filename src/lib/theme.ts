/**
 * Colours, shared by the MapLibre style and the static map image so both read the same.
 * Chosen to stay apart for the common colour-vision deficiencies: red marks incidents only,
 * the military layers are orange, purple and blue, each also told apart by line style.
 */
export interface Palette {
	background: string;
	kosovo: string;
	serbia: string;
	otherCountry: string;
	countryBorder: string;
	countryLabel: string;
	town: string;
	townLabel: string;
	labelHalo: string;
	incident: string;
	incidentStroke: string;
	municipality: string;
	municipalityFill: string;
	boundary: string;
	boundaryCasing: string;
	deployment: string;
	safetyZone: string;
	kfor: string;
	selected: string;
}

export const LIGHT: Palette = {
	background: '#dfe3e6',
	kosovo: '#fbfaf6',
	serbia: '#eeebe3',
	otherCountry: '#e6e3dc',
	countryBorder: '#9a968c',
	countryLabel: '#6b675f',
	town: '#4a4740',
	townLabel: '#3d3a34',
	labelHalo: '#ffffff',
	incident: '#c1121f',
	incidentStroke: '#ffffff',
	municipality: '#3f4a54',
	municipalityFill: '#6c7a86',
	boundary: '#1f1f1f',
	boundaryCasing: '#ffffff',
	deployment: '#e8590c',
	safetyZone: '#7048e8',
	kfor: '#1864ab',
	selected: '#ffd43b'
};

export const DARK: Palette = {
	background: '#101418',
	kosovo: '#2a2f35',
	serbia: '#1f2328',
	otherCountry: '#1a1d21',
	countryBorder: '#5c6166',
	countryLabel: '#a3a8ad',
	town: '#c9cdd1',
	townLabel: '#dfe3e6',
	labelHalo: '#101418',
	incident: '#ff6b6b',
	incidentStroke: '#101418',
	municipality: '#c3ccd4',
	municipalityFill: '#a5b4c2',
	boundary: '#f1f3f5',
	boundaryCasing: '#101418',
	deployment: '#ff922b',
	safetyZone: '#b197fc',
	kfor: '#74c0fc',
	selected: '#ffd43b'
};
