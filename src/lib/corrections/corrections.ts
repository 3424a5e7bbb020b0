/**
 * Every correction in a catalog, as the page of corrections lists them: newest first, each with
 * what it concerns (a place, an excerpt, a source) and where a reader finds that thing.
 */
import type { Catalog, PublicCorrection } from '$shared/app-data';

export type CorrectionTarget =
	| { kind: 'place'; id: string; name: string }
	| { kind: 'excerpt'; id: string; outlet: string; places: { id: string; name: string }[] }
	| { kind: 'source'; id: string; outlet: string };

export interface ListedCorrection extends PublicCorrection {
	target: CorrectionTarget;
}

export function listCorrections(catalog: Catalog): ListedCorrection[] {
	const placesQuoting = (excerptId: string) =>
		catalog.places
			.filter((p) => p.excerpts.includes(excerptId))
			.map((p) => ({ id: p.id, name: p.name }));
	const all: ListedCorrection[] = [
		...catalog.places.flatMap((p) =>
			(p.corrections ?? []).map((c) => ({
				...c,
				target: { kind: 'place' as const, id: p.id, name: p.name }
			}))
		),
		...Object.values(catalog.excerpts).flatMap((e) =>
			(e.corrections ?? []).map((c) => ({
				...c,
				target: {
					kind: 'excerpt' as const,
					id: e.id,
					outlet: catalog.sources[e.source]?.outlet ?? e.source,
					places: placesQuoting(e.id)
				}
			}))
		),
		...Object.values(catalog.sources).flatMap((s) =>
			(s.corrections ?? []).map((c) => ({
				...c,
				target: { kind: 'source' as const, id: s.id, outlet: s.outlet }
			}))
		)
	];
	// Newest first; on one day, in the data's order (places, excerpts, sources), which is stable.
	return all
		.map((c, i) => ({ c, i }))
		.sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
		.map(({ c }) => c);
}
