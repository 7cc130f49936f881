/**
 * A build test's way to the sites built once a test run (tests/support/shared-sites.ts). The
 * folders are shared by every build test: read them, never write to them.
 */
import { inject } from 'vitest';
import type { BuiltSite, SharedSiteName } from './shared-sites.ts';

/** The shared site of that name; only the build project (tests/vitest.config.ts) has them. */
export function sharedSite(name: SharedSiteName): BuiltSite {
  const sites = inject('sharedSites') as Record<SharedSiteName, BuiltSite> | undefined;
  if (sites === undefined) {
    throw new Error(
      `No shared site "${name}": only the tests of the build project get them; list this file among BUILD_TESTS in tests/vitest.config.ts.`,
    );
  }
  return sites[name];
}
