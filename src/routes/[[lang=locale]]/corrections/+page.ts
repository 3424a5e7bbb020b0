import { LANG_ENTRIES } from '$shared/i18n/locales';

/** Prerendered in every locale: `/`, `/sr-latn`, `/sr-cyrl`, `/sq` and so on. */
export const entries = () => LANG_ENTRIES;
