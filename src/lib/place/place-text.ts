/** Sentences and selections the place details build from the data: pure, so they are tested alone. */
import type { Derivation, Localized } from '$shared/contract';
import type { Messages } from '$shared/i18n/messages';
import type { ExcerptGroup } from '$lib/catalog';

/** What a derivation reads: "the feature kosovo-serbia-boundary, @osm_borders/maritime_10m 1.1.0 (SRB)". */
export function describeInputs(
	derivation: Pick<Localized<Derivation>, 'inputs'>,
	m: Messages
): string {
	return derivation.inputs
		.map((input) =>
			'feature' in input
				? m.provenance_input_feature({ id: input.feature })
				: 'layer' in input
					? m.provenance_input_layer({ layer: input.layer })
					: `${input.package} ${input.version} (${input.select})`
		)
		.join(', ');
}

/**
 * The first `budget` excerpts, group by group: what paints with the card (the rest follows a
 * frame later, so a place with twenty quotes opens as fast as one with two).
 */
export function firstExcerpts(groups: ExcerptGroup[], budget: number): ExcerptGroup[] {
	let left = budget;
	return groups
		.map((g) => {
			const excerpts = g.excerpts.slice(0, Math.max(0, left));
			left -= excerpts.length;
			return { ...g, excerpts };
		})
		.filter((g) => g.excerpts.length > 0);
}
