/**
 * Tells the host page how tall the embed's content is, on load and on every change (a sheet
 * opening, the list expanding), in the three dialects hosts understand: Pym.js, AMP's
 * `embed-size`, and this project's own. A poll catches what a ResizeObserver misses.
 * The embed never reads messages from its host.
 */
import { lastParam } from '$shared/query-rule';

export const OWN_MESSAGE_TYPE = 'north-kosovo-map:height';

export function heightMessages(height: number, pymChildId: string | null): unknown[] {
	const messages: unknown[] = [
		{ sentinel: 'amp', type: 'embed-size', height },
		{ type: OWN_MESSAGE_TYPE, height }
	];
	if (pymChildId) messages.push(['pym', pymChildId, 'height', String(height)].join('xPYMx'));
	return messages;
}

/** Pym passes its child id in the query; only a plain token is echoed back. */
export function pymChildId(params: URLSearchParams): string | null {
	const id = lastParam(params, 'childId');
	return id && /^[\w-]{1,64}$/.test(id) ? id : null;
}

export function startHeightMessages(content: HTMLElement, pollMs = 500): () => void {
	if (window.parent === window) return () => {};
	const childId = pymChildId(new URLSearchParams(location.search));
	let last = -1;
	const send = () => {
		const height = Math.ceil(content.getBoundingClientRect().height);
		if (height === last || height === 0) return;
		last = height;
		for (const message of heightMessages(height, childId)) window.parent.postMessage(message, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(content);
	const poll = setInterval(send, pollMs);
	window.addEventListener('load', send);
	send();
	return () => {
		observer.disconnect();
		clearInterval(poll);
		window.removeEventListener('load', send);
	};
}
