/**
 * The User-Agent `npm run add` sends: it names Reworded, so that a site's operator can tell what
 * fetched the page, and the address of the site that will publish the comparison when SITE says it.
 */

/** "Reworded/0.1.0 (+https://reworded.example)", or "Reworded/0.1.0" without a site. */
export function userAgent(version: string, site: string | undefined): string {
  return site === undefined || site.trim() === '' ? `Reworded/${version}` : `Reworded/${version} (+${site.trim()})`;
}
