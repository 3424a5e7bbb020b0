import { describe, expect, it } from 'vitest';
import { formatCount } from './catalog';

describe('formatCount', () => {
	it('groups thousands as English does', () => {
		expect([7, 999, 1000, 10_003, 100_000, 1_234_567].map(formatCount)).toEqual([
			'7',
			'999',
			'1,000',
			'10,003',
			'100,000',
			'1,234,567'
		]);
	});
});
