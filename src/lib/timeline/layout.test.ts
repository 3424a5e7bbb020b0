import { describe, expect, it } from 'vitest';
import { rangeOf, spanOfDate } from '$shared/time/days';
import { rangeBand, timelineLayout, type DatedPlace } from './layout';

const day = (value: string) => spanOfDate({ value, precision: 'day' })[0];
const places: DatedPlace[] = [
	{ id: 'siege', dates: [{ value: '2023-09-24', precision: 'day' }] },
	{
		id: 'clashes',
		dates: [
			{ value: '2023-05-26', precision: 'day' },
			{ value: '2023-05-29', precision: 'day' }
		]
	},
	{ id: 'deployment', dates: [{ value: '2023-09', precision: 'month', approximate: true }] },
	{
		id: 'zone',
		dates: [
			{ value: '1999-06-09', precision: 'day' },
			{ value: '2001', precision: 'year' }
		]
	},
	{ id: 'boundary', dates: [{ value: '2024-12-13', precision: 'day', of: 'data' }] },
	{ id: 'crossing', dates: [] }
];

describe('timelineLayout', () => {
	const layout = timelineLayout(places);
	const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

	it('draws only places with events: not the undated, not a date of the data', () => {
		expect(layout.marks.map((m) => m.id)).toEqual(['zone', 'clashes', 'deployment', 'siege']);
	});
	it('gives 2023 the width, month by month, and puts 1999–2001 in an earlier part', () => {
		expect(layout.axis.months).toHaveLength(12);
		expect(layout.axis.months[0]).toMatchObject({ year: 2023, month: 0 });
		expect(layout.axis.earlier).toMatchObject({ fromYear: 1999, toYear: 2022 });
		expect(mark('zone').earlier).toBe(true);
		expect(mark('zone').x1).toBeLessThanOrEqual(layout.axis.earlier!.x1);
		// 2023 starts after the break and ends at the right edge.
		expect(layout.x(day('2023-01-01'))).toBeGreaterThan(layout.axis.earlier!.x1);
		expect(layout.x(day('2024-01-01'))).toBe(100);
	});
	it('draws a day as a dot, a month or several days as a bar, and marks what is approximate', () => {
		expect(mark('siege')).toMatchObject({ shape: 'dot', approximate: false });
		expect(mark('clashes').shape).toBe('bar');
		expect(mark('deployment')).toMatchObject({ shape: 'bar', approximate: true });
		// September is a twelfth of the recent part, give or take a day.
		const left = layout.axis.earlier!.x1 + 3;
		const month = (100 - left) / 12;
		expect(mark('deployment').x1 - mark('deployment').x0).toBeCloseTo(month, 0);
		expect(mark('siege').x0).toBeGreaterThan(mark('deployment').x0);
		expect(mark('siege').x0).toBeLessThan(mark('deployment').x1);
	});
	it('keeps places in order of their start', () => {
		const starts = layout.marks.map((m) => m.span[0]);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});
	it('has no earlier part when every event is recent', () => {
		const recent = timelineLayout(places.filter((p) => p.id !== 'zone'));
		expect(recent.axis.earlier).toBeNull();
		expect(recent.x(day('2023-01-01'))).toBe(0);
	});
	it('shades the range chosen, with open ends to the edges', () => {
		expect(rangeBand(layout, rangeOf(null, null))).toBeNull();
		const may = rangeBand(layout, rangeOf('2023-05', '2023-05'))!;
		expect(may.x0).toBeLessThan(mark('clashes').x0);
		expect(may.x1).toBeGreaterThan(mark('clashes').x1);
		expect(rangeBand(layout, rangeOf('2023-09-25', null))!.x1).toBe(100);
		expect(rangeBand(layout, rangeOf(null, '2000'))!.x0).toBe(0);
	});
});
