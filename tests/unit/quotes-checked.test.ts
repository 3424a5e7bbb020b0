/**
 * A build without the source archive says, on every page, that its quotes were not checked: the
 * check reports it, the build writes it into each locale's catalog, and the notice is made from
 * that flag in every language.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppData } from '../../geo/lib/app-data';
import { checkGeoData } from '../../geo/lib/check';
import { registry } from '../../geo/lib/layers';
import { localizeCatalog } from '../../geo/lib/localize';
import { messagesOf } from '../../geo/lib/messages';
import { archiveDir, GEO_DIR, ROOT } from '../../geo/lib/paths';
import type { ExcerptFile, SourceRegistry } from '../../src/shared/contract';
import type { Catalog } from '../../src/shared/app-data';
import { uncheckedNotice } from '../../src/lib/quotes-checked';

const readGeo = <T>(file: string) =>
	JSON.parse(readFileSync(path.join(GEO_DIR, file), 'utf8')) as T;

function catalogWith(archive: string) {
	const result = checkGeoData({
		root: GEO_DIR,
		archiveDir: archive,
		ci: false,
		recompute: false,
		basemap: true
	});
	expect(result.errors).toEqual([]);
	const { catalog } = buildAppData(
		registry,
		result.features,
		result.basemap,
		readGeo<SourceRegistry>('sources.json').sources,
		readGeo<ExcerptFile>('excerpts.json').excerpts,
		result.archiveChecked
	);
	return { result, catalog };
}

describe('a build without the source archive', () => {
	const { result, catalog } = catalogWith(path.join(ROOT, 'no-such-archive'));

	it('is flagged by the check and in the catalog the pages read', () => {
		expect(result.archiveChecked).toBe(false);
		expect(result.warnings.join('\n')).toMatch(/QUOTES WERE NOT CHECKED|archive/i);
		expect(catalog.quotesChecked).toBe(false);
	});

	for (const [locale, words] of [
		['en', 'The quotes were not checked in this build.'],
		['sr-Latn', 'Citati nisu provereni u ovoj verziji.'],
		['sr-Cyrl', 'Цитати нису проверени у овој верзији.'],
		['sq', 'Citimet nuk u kontrolluan në këtë version.']
	] as const) {
		it(`says so in ${locale}`, async () => {
			const m = await messagesOf(locale);
			const notice = uncheckedNotice(localizeCatalog(catalog, locale, m), m);
			expect(notice?.title).toBe(words);
			expect(notice?.text.length).toBeGreaterThan(40);
		});
	}
});

describe.runIf(existsSync(archiveDir()))('a build with the archive', () => {
	it('says nothing', async () => {
		const { catalog } = catalogWith(archiveDir());
		expect(catalog.quotesChecked).toBe(true);
		expect(uncheckedNotice(catalog, await messagesOf('en'))).toBeNull();
	});
});

describe.runIf(existsSync(path.join(ROOT, 'src/lib/generated/catalog/en.json')))(
	'the generated catalogs',
	() => {
		it('carry the flag of the build that wrote them', () => {
			for (const locale of ['en', 'sr-Latn', 'sr-Cyrl', 'sq']) {
				const file = path.join(ROOT, `src/lib/generated/catalog/${locale}.json`);
				const data = JSON.parse(readFileSync(file, 'utf8')) as Catalog;
				expect(typeof data.quotesChecked, locale).toBe('boolean');
			}
		});
	}
);
