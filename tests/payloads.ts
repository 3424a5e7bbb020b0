/**
 * Hostile strings for every place a reader's or a host's text reaches the page: script tags,
 * event attributes, javascript: URLs, SVG onload, template injection, bidi overrides, very long
 * values and prototype keys. Each one that could run calls `nkmXss(n)`; the tests trap it.
 */
const call = (n: number) => `nkmXss(${n})`;

export const PAYLOADS: string[] = [
	`<script>${call(1)}</script>`,
	`"><script>${call(2)}</script>`,
	`'><script>${call(3)}</script>`,
	`</title><script>${call(4)}</script>`,
	`</noscript><script>${call(5)}</script>`,
	`<img src=x onerror=${call(6)}>`,
	`"><img src=x onerror=${call(7)}>`,
	`<svg onload=${call(8)}>`,
	`<svg><script>${call(9)}</script></svg>`,
	`<iframe src="javascript:${call(10)}"></iframe>`,
	`javascript:${call(11)}`,
	`JaVaScRiPt:${call(12)}`,
	`java\tscript:${call(13)}`,
	`data:text/html,<script>${call(14)}</script>`,
	`<a href="javascript:${call(15)}">x</a>`,
	`<body onload=${call(16)}>`,
	`<details open ontoggle=${call(17)}>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=${call(18)}>`,
	`{{constructor.constructor('${call(19)}')()}}`,
	`\${${call(20)}}`,
	`{@html '<img src=x onerror=${call(21)}>'}`,
	`<%= ${call(22)} %>`,
	`\u202e<b>${call(23)}</b>\u202c`,
	`\u2066\u202eevil\u2069 <i onmouseover=${call(24)}>`,
	`${'A'.repeat(5000)}<script>${call(25)}</script>`,
	`__proto__`,
	`constructor`,
	`__proto__[polluted]=1`,
	`&lt;script&gt;${call(29)}&lt;/script&gt;`,
	`%3Cscript%3E${call(30)}%3C/script%3E`,
	`<style>@import 'javascript:${call(31)}'</style>`,
	`<object data="javascript:${call(32)}">`,
	`<input autofocus onfocus=${call(33)}>`,
	`\u0000<script>${call(34)}</script>`,
	`<!--<script>${call(35)}</script>-->`
];
