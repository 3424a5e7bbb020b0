/**
 * A page's own locale: its compiled messages and its catalog, each a chunk of its own (Vite
 * splits every import() here), so a page downloads its locale's words and nobody else's.
 */
import type { Catalog } from '$shared/app-data';
import type { Locale } from '$shared/i18n/locales';
import type { Messages } from '$shared/i18n/messages';
import { PlaceCatalog } from '$lib/catalog';

const messages = import.meta.glob<Messages>('../../shared/paraglide/messages/*.js');
const catalogs = import.meta.glob<Catalog>('../generated/catalog/*.json', { import: 'default' });

export interface Words {
	locale: Locale;
	m: Messages;
	catalog: PlaceCatalog;
}

export async function loadLocale(locale: Locale): Promise<Words> {
	const [m, data] = await Promise.all([
		messages[`../../shared/paraglide/messages/${locale}.js`]!(),
		catalogs[`../generated/catalog/${locale}.json`]!()
	]);
	return { locale, m, catalog: new PlaceCatalog(data) };
}
