import type { ParamMatcher } from '@sveltejs/kit';
import { isLocaleSegment } from '$shared/i18n/locales';

/** `sr-latn`, `sr-cyrl`, `sq`: the path segment of a locale other than English. */
export const match: ParamMatcher = (param) => isLocaleSegment(param);
