/**
 * The deployment recipes the README gives stay true: the GitHub Pages workflow runs the tests,
 * then builds with the project's own build script and publishes the folder it writes, under the
 * base it sets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/seed.ts';

interface Step {
  readonly run?: string;
  readonly uses?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string>;
}

const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/deploy-pages.yml'), 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string | string[]; steps: Step[] }>;
};
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

test('the GitHub Pages workflow runs npm run build with SITE and BASE, and uploads dist/', () => {
  const steps = workflow.jobs['build']!.steps;
  const build = steps.find((step) => step.run === 'npm run build');
  expect(build?.env?.['SITE']).toBe('https://${{ github.repository_owner }}.github.io');
  // A project site under /<repository>/, a user site (<owner>.github.io) at the root.
  expect(build?.env?.['BASE']).toMatch(
    /format\('\{0\}\.github\.io', github\.repository_owner\) && '\/' \|\| format\('\/\{0\}\/', github\.event\.repository\.name\)/u,
  );
  // npm run build is scripts/build.ts, whose astro build writes dist/ unless told otherwise.
  expect(pkg.scripts['build']).toBe('node scripts/build.ts');
  const buildScript = readFileSync(path.join(ROOT, 'scripts/build.ts'), 'utf8');
  expect(buildScript).toContain("outDir: { type: 'string', default: 'dist' }");
  expect(buildScript).toContain("'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir");
  const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
  expect(upload?.with?.['path']).toBe('dist');
  // Installing comes before building, with npm install (npm ci rejects this lockfile; README).
  expect(steps.findIndex((step) => step.run === 'npm install')).toBeLessThan(steps.indexOf(build!));
  expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  expect(workflow.jobs['deploy']!.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
});

test('the GitHub Pages workflow runs the whole test suite before it builds and publishes', () => {
  const steps = workflow.jobs['test']!.steps;
  const install = steps.findIndex((step) => step.run === 'npm install');
  expect(install).toBeGreaterThanOrEqual(0);
  expect(steps.findIndex((step) => step.run === 'npm test')).toBeGreaterThan(install);
  // npm test is the whole suite, the build and browser tests included, as .ci/run runs it.
  expect(pkg.scripts['test']).toMatch(/npm run test:unit && npm run test:e2e/u);
  expect(workflow.jobs['build']!.needs).toBe('test');
  expect(workflow.jobs['deploy']!.needs).toBe('build');
});
