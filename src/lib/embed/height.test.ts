import { describe, expect, it } from 'vitest';
import { heightMessages, pymChildId } from './height';

describe('height messages', () => {
	it('speak AMP, our own dialect and, given a child id, Pym', () => {
		expect(heightMessages(612, 'map-1')).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: 612 },
			{ type: 'north-kosovo-map:height', height: 612 },
			'pymxPYMxmap-1xPYMxheightxPYMx612'
		]);
		expect(heightMessages(612, null)).toHaveLength(2);
	});
	it('echo only a plain Pym child id', () => {
		expect(pymChildId(new URLSearchParams('childId=example-graphic_1'))).toBe('example-graphic_1');
		expect(pymChildId(new URLSearchParams('childId=<img onerror=x>'))).toBeNull();
		expect(pymChildId(new URLSearchParams(''))).toBeNull();
	});
});
