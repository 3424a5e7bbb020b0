/**
 * The oEmbed JSON and the builder's snippets carry a host's title and URL as attribute values:
 * with every hostile string of the corpus, each snippet stays exactly its elements and attributes,
 * and each value reads back as the text it was given.
 */
import { describe, expect, it } from 'vitest';
import { attr, iframeSnippet, oembedFor } from '../../src/lib/oembed';
import { PRESETS } from '../../src/lib/presets';
import { messagesOf } from '../../geo/lib/messages';
import { PAYLOADS } from '../payloads';

const decode = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The attributes of a lone `<tag …></tag>`, or a throw if it is anything else. */
function attributesOf(html: string, tag: string): Record<string, string> {
	const m = html.match(new RegExp(`^<${tag}((?: [a-z-]+(?:="[^"<>]*")?)*)></${tag}>$`));
	if (!m) throw new Error(`not one <${tag}>: ${html.slice(0, 200)}`);
	return Object.fromEntries(
		[...m[1]!.matchAll(/ ([a-z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, decode(a[2] ?? '')])
	);
}

describe(`${PAYLOADS.length} payloads in the snippets`, () => {
	it('are escaped in the iframe snippet, as title and in the URL', () => {
		for (const p of PAYLOADS) {
			const src = `https://map.example/embed?title=${p}`;
			const a = attributesOf(iframeSnippet(src, p), 'iframe');
			expect(a.title).toBe(p);
			expect(a.src).toBe(src);
			expect(Object.keys(a).some((k) => k.startsWith('on'))).toBe(false);
			expect(Object.keys(a).sort()).toEqual(
				['allow', 'height', 'loading', 'sandbox', 'src', 'style', 'title', 'width'].sort()
			);
		}
	});
	it('leave no quote, angle bracket or raw ampersand in an attribute value', () => {
		for (const p of PAYLOADS) expect(attr(p)).not.toMatch(/["'<>]|&(?!amp;|quot;|#39;|lt;|gt;)/);
	});
	it('are escaped in the oEmbed JSON’s html, even if a title carried one', async () => {
		const m = await messagesOf('en');
		for (const p of PAYLOADS) {
			// A title that is itself hostile, as a translation gone wrong could make it.
			const hostile = { ...m, oembed_iframe_title: () => p } as unknown as typeof m;
			const json = JSON.parse(
				JSON.stringify(
					oembedFor(PRESETS[1]!, hostile, {
						embed: `/embed?x=${p}`,
						home: '/',
						thumbnail: '/t.png'
					})
				)
			);
			const a = attributesOf(json.html, 'iframe');
			expect(a.title).toBe(p);
			expect(a.src?.endsWith(`/embed?x=${p}`)).toBe(true);
		}
	});
});
