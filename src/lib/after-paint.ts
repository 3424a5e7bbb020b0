/**
 * Runs `fn` once the next frame has been painted. Selecting a place shows its details first and
 * moves the map after: a map frame can cost far more than the text (on software WebGL, ~100 ms),
 * and a reader waits for the words, not for the highlight.
 */
export function afterNextPaint(fn: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
