declare module 'geojson-validation' {
	interface GeojsonValidation {
		/** With `trace`, the list of problems (empty when valid). */
		isFeature(value: unknown, trace: true): string[];
		isFeature(value: unknown, trace?: false): boolean;
	}
	const gjv: GeojsonValidation;
	export default gjv;
}
