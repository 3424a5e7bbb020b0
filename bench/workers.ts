/**
 * The JavaScript heap of every worker (MapLibre's), which the page's own CDP session cannot see:
 * through a browser-wide session, attached to each worker target in turn, after a forced GC.
 * The benchmark loads one page at a time, so every worker target is that page's.
 */
import type { Browser, CDPSession } from '@playwright/test';

async function inWorker(
	browser: CDPSession,
	sessionId: string,
	id: number,
	method: string
): Promise<Record<string, unknown>> {
	const reply = new Promise<Record<string, unknown>>((done) => {
		const on = (e: { sessionId: string; message: string }) => {
			const message = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown> };
			if (e.sessionId !== sessionId || message.id !== id) return;
			browser.off('Target.receivedMessageFromTarget', on);
			done(message.result ?? {});
		};
		browser.on('Target.receivedMessageFromTarget', on);
	});
	await browser.send('Target.sendMessageToTarget', {
		sessionId,
		message: JSON.stringify({ id, method })
	});
	return reply;
}

/** Bytes used by the heaps of all workers, or null if none could be read. */
export async function workerHeapBytes(browser: Browser): Promise<number | null> {
	const session = await browser.newBrowserCDPSession();
	try {
		const { targetInfos } = await session.send('Target.getTargets');
		let total: number | null = null;
		for (const t of targetInfos.filter((t) => t.type === 'worker')) {
			// Non-flat sessions: Playwright's CDPSession cannot address a flat child session.
			const { sessionId } = await session.send('Target.attachToTarget', {
				targetId: t.targetId,
				flatten: false
			});
			try {
				await inWorker(session, sessionId, 1, 'HeapProfiler.collectGarbage');
				const heap = await inWorker(session, sessionId, 2, 'Runtime.getHeapUsage');
				if (typeof heap.usedSize === 'number') total = (total ?? 0) + heap.usedSize;
			} finally {
				await session.send('Target.detachFromTarget', { sessionId }).catch(() => {});
			}
		}
		return total;
	} finally {
		await session.detach().catch(() => {});
	}
}
