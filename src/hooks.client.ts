/**
 * The prerendered page is the product; JavaScript improves it. When something fails before the
 * app has started (a chunk that does not load, a load function that throws in the browser),
 * SvelteKit would empty the page and show its "500" error page in its place. Throwing here
 * stops it there: SvelteKit's start is rejected, and the handler in app.html keeps the page as
 * it was built, shows the digest with its quotes and says so.
 */
import type { HandleClientError } from '@sveltejs/kit';

/** The name app.html's handler knows. */
class StartFailed extends Error {
	override name = 'StartFailed';
}

const started = () => document.documentElement.classList.contains('js-started');
const importFailed = (error: unknown) =>
	error instanceof Error &&
	/dynamically imported module|Importing a module script failed/.test(error.message);

export const handleError: HandleClientError = ({ error, event, message }) => {
	if (!started()) throw new StartFailed(message, { cause: error });
	// Later, a page whose code does not load is asked of the server: its prerendered HTML comes
	// whole (and keeps itself as above if its scripts fail again), never an error page.
	if (importFailed(error) && event.url.href !== location.href) location.assign(event.url.href);
	else console.error(error);
	return { message };
};
