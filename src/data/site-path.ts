/**
 * Addresses inside the site, under the base it is served from: "/" at a domain's root, or a
 * sub-path such as "/reworded/" for a project site (BASE, see astro.config.mjs). Every internal
 * link, asset and JSON address goes through here, so that the site works at either.
 */

/** The address of a path of the site ("stories/talks/"), under the site's base. */
export function sitePath(path = ''): string {
  const base = import.meta.env.BASE_URL;
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\/+/u, '')}`;
}
