/**
 * A web address without its campaign-tracking parameters (`utm_source`, `utm_medium`, …): they say
 * how the link reached the person who shared it, not which article it is, so story.yaml records a
 * fetched page's address without them. Every other parameter stays: some sites name the article
 * by one (`?id=123`).
 */

/** The address without `utm_*` parameters; an address that is no URL is returned as it is. */
export function withoutTracking(address: string): string {
  if (!URL.canParse(address)) return address;
  const url = new URL(address);
  const tracking = [...url.searchParams.keys()].filter((key) => /^utm_/iu.test(key));
  if (tracking.length === 0) return address;
  for (const key of tracking) url.searchParams.delete(key);
  return url.href;
}
