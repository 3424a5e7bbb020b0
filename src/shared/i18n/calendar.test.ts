import { describe, expect, it } from 'vitest';
import { spanOfDate } from '../time/days';
import { calendarOf, writeDay } from './calendar';
import { formatDay } from './format';
import { LOCALES } from './locales';

describe('a calendar captured at build time', () => {
	it('writes every day of 2023 exactly as Intl does, in every locale', () => {
		for (const locale of LOCALES) {
			const calendar = calendarOf(locale);
			const start = spanOfDate({ value: '2023', precision: 'year' });
			for (let day = start[0]; day <= start[1]; day++) {
				const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
				expect(writeDay(calendar, day), `${locale} ${iso}`).toBe(
					formatDay({ value: iso, precision: 'day' }, locale)
				);
			}
		}
	});
	it('has the short month names of each locale, for the axis', () => {
		expect(calendarOf('en').short[8]).toBe('Sept');
		expect(calendarOf('sq').short[8]).toMatch(/^sht/i);
		expect(calendarOf('sr-Cyrl').short[0]).toMatch(/^јан/);
	});
});
