import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Generates content/articles from content/sources once, as `npm run build` would. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/ingest.ts'], { cwd: root, stdio: 'pipe' });
}
