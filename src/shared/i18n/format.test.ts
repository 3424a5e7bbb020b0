import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber } from './format';

describe('formatDay', () => {
	it('writes a day, a month and a year in each locale, as precise as the date', () => {
		const day = { value: '2023-09-24', precision: 'day' } as const;
		expect(formatDay(day, 'en')).toBe('24 September 2023');
		expect(formatDay(day, 'sr-Latn')).toBe('24. septembar 2023.');
		expect(formatDay(day, 'sr-Cyrl')).toBe('24. септембар 2023.');
		expect(formatDay(day, 'sq')).toBe('24 shtator 2023');
		expect(formatDay({ value: '2023-05', precision: 'month' }, 'en')).toBe('May 2023');
		expect(formatDay({ value: '2023-05', precision: 'month' }, 'sq')).toBe('maj 2023');
		expect(formatDay({ value: '1999', precision: 'year' }, 'en')).toBe('1999');
	});
	it('never shifts a day by the reader’s time zone', () => {
		const before = process.env.TZ;
		process.env.TZ = 'America/New_York';
		try {
			expect(formatDay({ value: '2023-09-24', precision: 'day' }, 'en')).toBe('24 September 2023');
			expect(formatDay({ value: '2023-01-01', precision: 'day' }, 'en')).toBe('1 January 2023');
		} finally {
			process.env.TZ = before;
		}
	});
});

describe('formatNumber', () => {
	it('groups digits as each locale does', () => {
		expect(formatNumber(100000, 'en')).toBe('100,000');
		expect(formatNumber(100000, 'sr-Latn')).toBe('100.000');
	});
});
