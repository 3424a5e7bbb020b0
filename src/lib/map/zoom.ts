/** The zooms the map allows, and so the views a URL may ask for: the region, down to its villages. */
export const MIN_ZOOM = 6;
export const MAX_ZOOM = 14;
