/*
 * north-kosovo-map host script. Add it once to an article:
 *
 *   <div data-north-kosovo-map data-src="https://MAP-SITE/embed?place=banjska-monastery-siege"
 *        data-title="Map: the Banjska attack"></div>
 *   <script src="https://MAP-SITE/embed.js" async></script>
 *
 * It turns each placeholder into an iframe (or adopts an <iframe data-north-kosovo-map>), loads it
 * only when it nears the viewport, and sizes it from the embed's height messages (Pym.js, AMP
 * embed-size, or this project's own), accepting a message only from that iframe's own window.
 * Message contents are read as data, never evaluated.
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
	var script = document.currentScript;
	var base = script && script.src ? script.src : location.href;
	var frames = [];

	function heightOf(data) {
		var h = null;
		if (typeof data === 'string') {
			var bits = data.split('xPYMx');
			if (bits.length === 4 && bits[0] === 'pym' && bits[2] === 'height') h = Number(bits[3]);
		} else if (data && typeof data === 'object') {
			if (data.sentinel === 'amp' && data.type === 'embed-size') h = data.height;
			else if (data.type === 'north-kosovo-map:height') h = data.height;
		}
		return typeof h === 'number' && isFinite(h) && h >= 100 && h <= 20000 ? Math.round(h) : null;
	}

	window.addEventListener('message', function (event) {
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow && event.source === frames[i].contentWindow) {
				var h = heightOf(event.data);
				if (h !== null) frames[i].style.height = h + 'px';
				return;
			}
		}
	});

	/** Only http(s) URLs become an iframe's src; "javascript:" and the like are refused. */
	function safeUrl(value) {
		try {
			var url = new URL(value, base);
			return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
		} catch {
			return null;
		}
	}

	function setUp(el) {
		if (el.getAttribute(ATTR) === 'ready') return;
		var isFrame = el.tagName === 'IFRAME';
		var src = isFrame
			? safeUrl(el.getAttribute('data-src') || el.getAttribute('src') || '')
			: safeUrl(el.getAttribute('data-src') || new URL('embed', base).href);
		// Checked before anything is added: a refused URL leaves the page as it was.
		if (!src) return;
		var frame = el;
		if (!isFrame) {
			frame = document.createElement('iframe');
			frame.title = el.getAttribute('data-title') || 'Interactive map: northern Kosovo, 2023';
			frame.setAttribute('sandbox', SANDBOX);
			frame.setAttribute('allow', 'fullscreen');
			frame.style.height = (Number(el.getAttribute('data-height')) || 640) + 'px';
			el.appendChild(frame);
		}
		el.setAttribute(ATTR, 'ready');
		frame.setAttribute('loading', 'lazy');
		frame.setAttribute('width', '100%');
		frame.style.width = '100%';
		frame.style.border = '0';
		frame.style.display = 'block';
		frames.push(frame);
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
