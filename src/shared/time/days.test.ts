import { describe, expect, it } from 'vitest';
import { inRange, isoOfDay, parseDateParam, rangeOf, spanOfDate, spanOfDates } from './days';

const iso = (s: readonly [number, number] | null) => s && s.map(isoOfDay);

describe('spanOfDate', () => {
	it('covers a day, a whole month or a whole year, in UTC', () => {
		expect(iso(spanOfDate({ value: '2023-09-24', precision: 'day' }))).toEqual([
			'2023-09-24',
			'2023-09-24'
		]);
		expect(iso(spanOfDate({ value: '2023-02', precision: 'month' }))).toEqual([
			'2023-02-01',
			'2023-02-28'
		]);
		expect(iso(spanOfDate({ value: '2024-02', precision: 'month' }))).toEqual([
			'2024-02-01',
			'2024-02-29'
		]);
		expect(iso(spanOfDate({ value: '2023-12', precision: 'month' }))).toEqual([
			'2023-12-01',
			'2023-12-31'
		]);
		expect(iso(spanOfDate({ value: '2001', precision: 'year' }))).toEqual([
			'2001-01-01',
			'2001-12-31'
		]);
	});
});

describe('spanOfDates', () => {
	it('runs from the first event to the last, leaving out dates of the data', () => {
		const dates = [
			{ value: '1999-06-09', precision: 'day' as const },
			{ value: '2001', precision: 'year' as const },
			{ value: '2024-12-13', precision: 'day' as const, of: 'data' as const }
		];
		expect(iso(spanOfDates(dates))).toEqual(['1999-06-09', '2001-12-31']);
		expect(spanOfDates([{ value: '2024-12-13', precision: 'day', of: 'data' }])).toBeNull();
		expect(spanOfDates([])).toBeNull();
	});
});

describe('inRange', () => {
	const may = rangeOf('2023-05', '2023-05');
	it('keeps a place whose span overlaps the range, and one without a span', () => {
		expect(inRange(spanOfDates([{ value: '2023-05-26', precision: 'day' }]), may)).toBe(true);
		expect(inRange(spanOfDates([{ value: '2023-09-24', precision: 'day' }]), may)).toBe(false);
		// A year-precise date could have happened in May.
		expect(inRange(spanOfDates([{ value: '2023', precision: 'year' }]), may)).toBe(true);
		expect(inRange(null, may)).toBe(true);
	});
	it('treats a missing end as open', () => {
		const after = rangeOf('2023-09-25', null);
		expect(inRange(spanOfDates([{ value: '2023-09-24', precision: 'day' }]), after)).toBe(false);
		expect(inRange(spanOfDates([{ value: '2023-09', precision: 'month' }]), after)).toBe(true);
	});
});

describe('parseDateParam and rangeOf', () => {
	it('accepts a year, a month or a real day', () => {
		expect(parseDateParam('2023')).toEqual({ value: '2023', precision: 'year' });
		expect(parseDateParam('2023-09')).toEqual({ value: '2023-09', precision: 'month' });
		expect(parseDateParam(' 2023-09-24 ')).toEqual({ value: '2023-09-24', precision: 'day' });
	});
	it.each([
		'',
		'23',
		'2023-13',
		'2023-00',
		'2023-02-30',
		'2023-9',
		'1800',
		'2300',
		'2023-09-24T00:00',
		'x',
		'2023-09-24;'
	])('refuses %j', (value) => expect(parseDateParam(value)).toBeNull());
	it('refuses a reversed range as a whole, and keeps one valid end', () => {
		expect(rangeOf('2023-10', '2023-05')).toEqual({ from: null, to: null });
		expect(iso([rangeOf('2023-05', 'nonsense').from!, rangeOf(null, '2023-05').to!])).toEqual([
			'2023-05-01',
			'2023-05-31'
		]);
	});
});
