/**
 * Global setup of every test project: the tests read the seed story's generated articles
 * (content/articles), which are not committed, so they are generated before any test runs.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Generates content/articles from content/sources once a test run, as `npm run build` would. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/ingest.ts'], { cwd: root, stdio: 'pipe' });
}
