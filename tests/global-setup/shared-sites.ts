/**
 * Global setup of the build project: builds each site the build tests read once, hands their
 * folders to the tests (Vitest's provide; tests/support/shared-site.ts takes them), and deletes
 * them when the run ends. It runs after ingest.ts, whose generated articles the seed's builds read.
 */
import type { TestProject } from 'vitest/node';
import { buildSharedSites, removeSharedSites } from '../support/shared-sites.ts';

/** Builds the shared sites; returns the teardown that deletes them. */
export default function setup(project: TestProject): () => void {
  const sites = buildSharedSites();
  project.provide('sharedSites', sites);
  return () => removeSharedSites(Object.values(sites));
}
