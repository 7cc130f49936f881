/**
 * The last build served by `astro preview` on a port of its own, for the scripts that measure the
 * built site in a browser (lighthouse, bench:compare): started with this Node directly, so that
 * stopping it stops astro too, and waited for until it answers.
 */
import { spawn } from 'node:child_process';

/** A running preview server: its origin, and how to stop it. */
export interface PreviewServer {
  readonly origin: string;
  stop(): void;
}

/** Serves `root`'s dist/ on 127.0.0.1:`port`; resolves once `path` answers. */
export async function startPreview(root: string, port: number, path = '/'): Promise<PreviewServer> {
  const preview = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150; attempt += 1) {
    try {
      if ((await fetch(`${origin}${path}`)).ok) return { origin, stop: () => preview.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  preview.kill();
  throw new Error(`The preview server did not answer at ${origin}${path}.`);
}
