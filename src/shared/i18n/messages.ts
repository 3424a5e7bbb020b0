/**
 * The type of a locale's messages: the functions Paraglide compiles from messages/<locale>.json
 * into src/shared/paraglide/ (by npm run geo:build). Each page loads its own locale's module.
 */
export type Messages = typeof import('../paraglide/messages/_index.js');
