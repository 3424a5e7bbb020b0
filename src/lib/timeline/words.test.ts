import { describe, expect, it } from 'vitest';
import { rangeOf } from '$shared/time/days';
import { loadLocale } from '$lib/i18n/load';
import { rangeText as rangeWords, showingText as showingWords } from './words';

// Intl puts thin spaces around the dash of a range: compare the words, not the spacing.
const plain = (s: string | null) => s?.replace(/\s/g, ' ') ?? null;
const rangeText = (...a: Parameters<typeof rangeWords>) => plain(rangeWords(...a));
const showingText = (...a: Parameters<typeof showingWords>) => plain(showingWords(...a));

describe('the timeline in words', async () => {
	const en = await loadLocale('en');
	const sr = await loadLocale('sr-Latn');
	const sq = await loadLocale('sq');

	it('writes a range as the locale does, with open ends', () => {
		expect(rangeText(rangeOf('2023-05-26', '2023-09-30'), en.catalog.data.calendar, en.m)).toBe(
			'26 May 2023 – 30 September 2023'
		);
		expect(rangeText(rangeOf('2023-05', '2023-05'), en.catalog.data.calendar, en.m)).toBe(
			'1 May 2023 – 31 May 2023'
		);
		expect(rangeText(rangeOf('2023-09-25', null), en.catalog.data.calendar, en.m)).toBe(
			'from 25 September 2023'
		);
		expect(rangeText(rangeOf(null, '2001'), en.catalog.data.calendar, en.m)).toBe(
			'until 31 December 2001'
		);
		expect(rangeText(rangeOf(null, null), en.catalog.data.calendar, en.m)).toBeNull();
		expect(rangeText(rangeOf('2023-09-24', '2023-09-24'), en.catalog.data.calendar, en.m)).toBe(
			'24 September 2023'
		);
		expect(rangeText(rangeOf('2023-09', '2023-09'), sr.catalog.data.calendar, sr.m)).toMatch(
			/septemb/
		);
		expect(rangeText(rangeOf('2023-09', '2023-09'), sq.catalog.data.calendar, sq.m)).toBe(
			'1 shtator 2023 – 30 shtator 2023'
		);
	});
	it('says how many places a range shows, or that every date is shown', () => {
		expect(
			showingText(3, 11, rangeOf('2023-05-26', '2023-09-30'), en.catalog.data.calendar, en.m)
		).toBe('Showing 3 of 11 places, 26 May 2023 – 30 September 2023');
		expect(showingText(11, 11, rangeOf(null, null), en.catalog.data.calendar, en.m)).toBe(
			'Showing all 11 places, every date'
		);
		expect(showingText(3, 11, rangeOf('2023-05', null), sr.catalog.data.calendar, sr.m)).toBe(
			'Prikazano: 3 od 11 mesta, od 1. maj 2023.'
		);
	});
});
