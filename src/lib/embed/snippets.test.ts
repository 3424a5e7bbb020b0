import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_HEIGHT } from '$lib/site';
import { scriptSnippet, snippetHeight } from './snippets';

describe('snippetHeight', () => {
	it('keeps a height between 320 and 2000, rounded', () => {
		expect([320, 640.4, 2000].map(snippetHeight)).toEqual([320, 640, 2000]);
	});
	it('gives the default for anything else', () => {
		for (const bad of [319, 2001, -5, NaN, Infinity, '700', null, undefined]) {
			expect(snippetHeight(bad), String(bad)).toBe(DEFAULT_EMBED_HEIGHT);
		}
	});
});

describe('scriptSnippet', () => {
	it('escapes the source and the title as attributes', () => {
		const code = scriptSnippet(
			'https://map.example/embed?title=a"b&x=1',
			'<b>"Kosovo"</b> & \'north\'',
			700,
			'https://map.example'
		);
		expect(code).toBe(
			'<div data-north-kosovo-map data-src="https://map.example/embed?title=a&quot;b&amp;x=1" data-title="&lt;b&gt;&quot;Kosovo&quot;&lt;/b&gt; &amp; &#39;north&#39;" data-height="700"></div>\n' +
				'<script src="https://map.example/embed.js" async></script>'
		);
	});
});
