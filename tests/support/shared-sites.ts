/**
 * The sites the build tests read, each built once a test run by the build project's global setup
 * (tests/global-setup/shared-sites.ts) instead of once a test file: a full `astro build` takes
 * seconds on a 2-core machine, and most build tests only read what it wrote. A test takes one by
 * name with `sharedSite` (tests/support/shared-site.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroBuild } from './astro-build.ts';
import { buildFixtureSite } from './fixture-site.ts';
import { ROOT } from './seed.ts';

/** A built site: its output folder, and the content folder it was built from when not content/. */
export interface BuiltSite {
  readonly dist: string;
  readonly content: string | undefined;
}

/**
 * The project's own content, built where the tests publish it (BASE, SITE); `searchIndex` runs
 * Pagefind over the output as `npm run build` does.
 */
const SEED_SITES = {
  /** At a domain's root with its origin unknown: the feeds list nothing. */
  seedAtRoot: { env: { BASE: '/' }, searchIndex: false },
  /** Under a sub-path, as a GitHub Pages project site is served, with its origin unknown. */
  seedUnderBase: { env: { BASE: '/reworded/' }, searchIndex: false },
  /** Under a sub-path with its origin known, and searchable: what the deploy workflow publishes. */
  seedPublished: { env: { BASE: '/reworded/', SITE: 'https://example.org' }, searchIndex: true },
} as const;

/** The name of each shared site: the seed's builds, and the test stories' (tests/support/fixture-site.ts). */
export type SharedSiteName = keyof typeof SEED_SITES | 'fixtures';

declare module 'vitest' {
  /** What the build project's global setup hands to the tests. */
  export interface ProvidedContext {
    sharedSites: Record<SharedSiteName, BuiltSite>;
  }
}

/** Builds every shared site, one after another, each into a new temporary folder. */
export function buildSharedSites(): Record<SharedSiteName, BuiltSite> {
  const built: BuiltSite[] = [];
  try {
    const seed = (name: keyof typeof SEED_SITES): BuiltSite => {
      const { env, searchIndex } = SEED_SITES[name];
      const site: BuiltSite = { dist: mkdtempSync(path.join(tmpdir(), `reworded-${name}-`)), content: undefined };
      built.push(site);
      astroBuild(site.dist, env);
      if (searchIndex)
        execFileSync(process.execPath, ['scripts/search-index.ts', site.dist], { cwd: ROOT, stdio: 'pipe' });
      return site;
    };
    const sites = {
      seedAtRoot: seed('seedAtRoot'),
      seedUnderBase: seed('seedUnderBase'),
      seedPublished: seed('seedPublished'),
    };
    const fixtures = buildFixtureSite();
    built.push(fixtures);
    return { ...sites, fixtures };
  } catch (error) {
    removeSharedSites(built);
    throw error;
  }
}

/** Deletes the folders of built sites. */
export function removeSharedSites(sites: Iterable<BuiltSite>): void {
  for (const site of sites) rmSync(site.content ?? site.dist, { recursive: true, force: true });
}
