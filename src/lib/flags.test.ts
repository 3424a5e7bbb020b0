import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAGS, parseFlags, writeFlags } from './flags';

const flagsOf = (query: string) => parseFlags(new URLSearchParams(query));

describe('the figures flag', () => {
	it('is off by default', () => {
		expect(flagsOf('').figures).toBe(false);
		expect(DEFAULT_FLAGS.figures).toBe(false);
	});
	it('is on for 1, true, yes or a bare figures, like the other switches', () => {
		for (const q of ['figures=1', 'figures=true', 'figures=YES', 'figures'])
			expect(flagsOf(q).figures, q).toBe(true);
	});
	it('ignores anything else', () => {
		for (const q of ['figures=0', 'figures=false', 'figures=<script>', 'figures=2'])
			expect(flagsOf(q).figures, q).toBe(false);
	});
	it('is written as figures=1 only when on, and read back the same', () => {
		const on = writeFlags(new URLSearchParams('place=zvecan'), { ...DEFAULT_FLAGS, figures: true });
		expect(on.toString()).toBe('place=zvecan&figures=1');
		expect(parseFlags(on).figures).toBe(true);
		const off = writeFlags(on, DEFAULT_FLAGS);
		expect(off.has('figures')).toBe(false);
	});
});
