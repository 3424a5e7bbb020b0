// Everything is static data: prerender every page so any web server or CDN can host the site.
export const prerender = true;
export const trailingSlash = 'never';
