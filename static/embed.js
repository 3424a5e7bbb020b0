/*
 * north-kosovo-map host script. Add it once to an article:
 *
 *   <div data-north-kosovo-map data-src="https://MAP-SITE/embed?place=banjska-monastery-siege"
 *        data-title="Map: the Banjska attack"></div>
 *   <script src="https://MAP-SITE/embed.js" async></script>
 *
 * It turns each placeholder into an iframe (or adopts an <iframe data-north-kosovo-map>), loads it
 * only when it nears the viewport, and sizes it from the embed's height messages (Pym.js, AMP
 * embed-size, or this project's own), accepting a message only from that iframe's own window and
 * origin. Message contents are read as data, never evaluated.
 *
 * The article's markup is not trusted: a frame is made only for a URL on the map's own origin
 * (the origin this script was loaded from), or on an origin listed in the script tag's
 * data-allow-origins (space-separated). A relative data-src ("?place=zvecan", "embed/banjska")
 * is read against the map's /embed.
 *
 * Placeholders added after the script ran (a CMS that injects embeds later, an infinite scroll)
 * are set up by calling `window.northKosovoMap.scan()`; already set-up ones are skipped.
 */
(function () {
	'use strict';
	// Included twice on one page: the first copy does the work (one listener, one list of frames).
	var running = window.northKosovoMap;
	if (running && typeof running.scan === 'function') return running.scan();
	var ATTR = 'data-north-kosovo-map';
	var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
	var DEFAULT_HEIGHT = 640;

	// This script's own element, read through the prototypes' getters: an element named
	// "currentScript" in the article (<img name="currentScript" src="https://evil/">) shadows
	// document.currentScript, and only a real <script> is believed.
	var getter = function (proto, name) {
		var d = Object.getOwnPropertyDescriptor(proto, name);
		return d && d.get;
	};
	var script = getter(Document.prototype, 'currentScript').call(document);
	if (!(script instanceof HTMLScriptElement)) return;
	var own = parse(getter(HTMLScriptElement.prototype, 'src').call(script));
	if (!own) return;
	var mapOrigin = own.origin;
	var allowed = [mapOrigin];
	(script.getAttribute('data-allow-origins') || '').split(/\s+/).forEach(function (o) {
		var url = parse(o);
		if (url && o.replace(/\/$/, '') === url.origin) allowed.push(url.origin);
	});
	/** The embed each frame shows, and the origin its messages must come from. */
	var frames = [];

	function parse(value, base) {
		try {
			var url = new URL(value, base);
			return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
		} catch {
			return null;
		}
	}

	/** Only http(s) URLs on an allowed origin become an iframe's src. */
	function safeUrl(value) {
		var url = parse(value, mapOrigin + '/embed');
		return url && allowed.indexOf(url.origin) >= 0 ? url : null;
	}

	/** A height as a number of pixels within 100–20,000, or null: never a string, object or NaN. */
	function validHeight(h) {
		return typeof h === 'number' && isFinite(h) && h >= 100 && h <= 20000 ? Math.round(h) : null;
	}

	function heightOf(data) {
		if (typeof data === 'string') {
			var bits = data.split('xPYMx');
			var ok = bits.length === 4 && bits[0] === 'pym' && bits[2] === 'height';
			return ok && /^\d{1,5}$/.test(bits[3]) ? validHeight(Number(bits[3])) : null;
		}
		if (data && typeof data === 'object') {
			if (data.sentinel === 'amp' && data.type === 'embed-size') return validHeight(data.height);
			if (data.type === 'north-kosovo-map:height') return validHeight(data.height);
		}
		return null;
	}

	window.addEventListener('message', function (event) {
		for (var i = 0; i < frames.length; i++) {
			var f = frames[i];
			if (f.frame.contentWindow && event.source === f.frame.contentWindow) {
				// A frame that navigated elsewhere keeps its window: its new page is not the map.
				if (event.origin !== f.origin) return;
				var h = heightOf(event.data);
				if (h !== null) f.frame.style.height = h + 'px';
				return;
			}
		}
	});

	function setUp(el) {
		if (el.getAttribute(ATTR) === 'ready') return;
		var isFrame = el.tagName === 'IFRAME';
		var url = isFrame
			? safeUrl(el.getAttribute('data-src') || el.getAttribute('src') || '')
			: safeUrl(el.getAttribute('data-src') || '');
		// Checked before anything is added: a refused URL leaves the page as it was.
		if (!url) return;
		var src = url.href;
		var frame = el;
		if (!isFrame) {
			frame = document.createElement('iframe');
			frame.title = el.getAttribute('data-title') || 'Interactive map: northern Kosovo, 2023';
			frame.setAttribute('sandbox', SANDBOX);
			frame.setAttribute('allow', 'fullscreen');
			// Plain digits only: Number() would also read "1e9", "0x1F4" and "".
			var asked = el.getAttribute('data-height') || '';
			var h = /^\s*\d{1,5}\s*$/.test(asked) ? validHeight(Number(asked)) : null;
			frame.style.height = (h || DEFAULT_HEIGHT) + 'px';
			el.appendChild(frame);
		}
		el.setAttribute(ATTR, 'ready');
		frame.setAttribute('loading', 'lazy');
		frame.setAttribute('width', '100%');
		frame.style.width = '100%';
		frame.style.border = '0';
		frame.style.display = 'block';
		frames.push({ frame: frame, origin: url.origin });
		var load = function () {
			if (frame.getAttribute('src') !== src) frame.setAttribute('src', src);
		};
		// An iframe that came with its src is loading already: stopping it would fetch it twice.
		if (!('IntersectionObserver' in window) || frame.getAttribute('src')) return load();
		// Otherwise nothing of the map is fetched until the reader is within a screen or so of it.
		var observer = new IntersectionObserver(
			function (entries) {
				if (entries[0] && entries[0].isIntersecting) {
					observer.disconnect();
					load();
				}
			},
			{ rootMargin: '600px 0px' }
		);
		observer.observe(frame);
	}

	function scan() {
		var found = document.querySelectorAll('[' + ATTR + ']');
		for (var i = 0; i < found.length; i++) setUp(found[i]);
	}
	window.northKosovoMap = { scan: scan };
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
})();
