/**
 * How to cite the map, in one format for every place that prints it: the data files' LICENSE.md
 * and geo/README.md (written at build time) and the pages' "Get the data" section.
 */
export interface CiteParts {
	/** The map's title, in the reader's language. */
	title: string;
	/** package.json's version. */
	version: string;
	/** The day the data files were written, `YYYY-MM-DD` (datapackage.json's `created`). */
	day: string;
	/** The site's origin, without a trailing slash. */
	siteUrl: string;
	/** The word "version" in the reader's language. */
	versionWord?: string;
}

/** "Title (version 0.1.0, 2026-12-03). https://MAP-SITE/" */
export function citeLine({
	title,
	version,
	day,
	siteUrl,
	versionWord = 'version'
}: CiteParts): string {
	return `${title} (${versionWord} ${version}, ${day}). ${siteUrl}/`;
}
