import { describe, expect, it } from 'vitest';
import { toCyrillic } from './cyrillic';

describe('toCyrillic', () => {
	it.each([
		['Leposavić', 'Лепосавић'],
		['Zvečan', 'Звечан'],
		['Kosovska Mitrovica', 'Косовска Митровица'],
		['Vučić', 'Вучић'],
		['Jarinje', 'Јариње'],
		['Severna Mitrovica', 'Северна Митровица'],
		['Zubin Potok', 'Зубин Поток'],
		['Đurđevdan', 'Ђурђевдан'],
		['Ljubljana', 'Љубљана'],
		['Njegoš', 'Његош'],
		['Džamija', 'Џамија'],
		['Priština', 'Приштина']
	])('%s → %s', (latin, cyrillic) => {
		expect(toCyrillic(latin)).toBe(cyrillic);
	});
	it('keeps lj, nj and dž apart where they are two letters', () => {
		expect(toCyrillic('nadživeti')).toBe('надживети');
		expect(toCyrillic('injekcija')).toBe('инјекција');
	});
	it('leaves URLs, ids, placeholders and numbers alone', () => {
		expect(toCyrillic('Vidi https://www.openstreetmap.org/copyright')).toBe(
			'Види https://www.openstreetmap.org/copyright'
		);
		expect(toCyrillic('mesto banjska-monastery-siege')).toBe('место banjska-monastery-siege');
		expect(toCyrillic('{count} mesta od {total}')).toBe('{count} места од {total}');
		expect(toCyrillic('24. septembar 2023.')).toBe('24. септембар 2023.');
	});
	it('keeps key names, iframe and px as printed', () => {
		expect(toCyrillic('N ide dalje, Shift+N nazad; Enter otvara. Ctrl + točkić')).toBe(
			'N иде даље, Shift+N назад; Enter отвара. Ctrl + точкић'
		);
		expect(toCyrillic('Visina (px), kod za iframe')).toBe('Висина (px), код за iframe');
		expect(toCyrillic('U Novom Pazaru')).toBe('У Новом Пазару');
	});
	it('keeps acronyms in Latin unless Serbian writes them in Cyrillic, and keeps their endings Serbian', () => {
		expect(toCyrillic('BBC i ANI')).toBe('BBC и ANI');
		expect(toCyrillic('NATO i KFOR-a, EU')).toBe('НАТО и КФОР-а, ЕУ');
		expect(toCyrillic('© OpenStreetMap saradnici (ODbL)')).toBe('© OpenStreetMap сарадници (ODbL)');
	});
	it('keeps quotations, English words, paths, plus codes and coordinates as printed', () => {
		expect(toCyrillic('članak „Banjska Monastery“')).toBe('чланак „Banjska Monastery“');
		expect(toCyrillic('kako prenosi The Pavlovic Today')).toBe('како преноси The Pavlovic Today');
		expect(toCyrillic('plus kod 8GJ2XQCM+Q5G, 42.97194 N, 20.78295 E')).toBe(
			'плус код 8GJ2XQCM+Q5G, 42.97194 N, 20.78295 E'
		);
		expect(toCyrillic('datoteka geo/inputs/north-mitrovica.geojson')).toBe(
			'датотека geo/inputs/north-mitrovica.geojson'
		);
		expect(toCyrillic('reč Highway ostaje')).toBe('реч Highway остаје');
	});
});
