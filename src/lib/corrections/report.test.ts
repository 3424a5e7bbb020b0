import { describe, expect, it } from 'vitest';
import { reportHref } from './report';

const words = { subject: 'Error: zvecan', body: 'Place: zvecan\nWhat is wrong?' };

describe('reportHref', () => {
	it('is off when the variable is unset or empty', () => {
		expect(reportHref(undefined, 'zvecan', words)).toBeUndefined();
		expect(reportHref('  ', 'zvecan', words)).toBeUndefined();
	});
	it('writes a mail with the place in its subject and body, spaces as %20', () => {
		const href = reportHref('mailto:desk@example.org', 'zvecan', words)!;
		expect(href.startsWith('mailto:desk@example.org?subject=Error%3A%20zvecan&body=')).toBe(true);
		expect(decodeURIComponent(href.split('body=')[1]!)).toBe(words.body);
	});
	it('puts the place id into a form URL, in place of {place} or as a parameter', () => {
		expect(reportHref('https://example.org/fix?p={place}', 'a b', words)).toBe(
			'https://example.org/fix?p=a%20b'
		);
		expect(reportHref('https://example.org/fix', 'zvecan', words)).toBe(
			'https://example.org/fix?place=zvecan'
		);
	});
	it('refuses any other scheme, and a mailto without an address', () => {
		for (const bad of [
			'javascript:alert(1)',
			'http://example.org/',
			'data:text/html,x',
			'mailto:',
			'not a url'
		])
			expect(reportHref(bad, 'zvecan', words)).toBeUndefined();
	});
});
