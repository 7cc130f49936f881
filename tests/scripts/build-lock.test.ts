/**
 * The build lock: a second taker waits while the first holds it, takes over a lock whose build is
 * gone (a dead pid, or a lock folder left without one), and gives up by name after its timeout.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { lockPathFor, takeLock } from '../../scripts/lib/build-lock.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'reworded-build-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a lock is a folder named after the locked path, distinct for distinct paths', () => {
  const a = lockPathFor(dir, '/srv/site/dist');
  expect(path.dirname(a)).toBe(dir);
  expect(path.basename(a)).toMatch(/^dist-[0-9a-f]{16}\.lock$/u);
  expect(lockPathFor(dir, '/srv/other/dist')).not.toBe(a);
  expect(lockPathFor(dir, '/srv/site/dist/')).toBe(a);
});

test('the lock holds the taker’s pid until it is released', () => {
  const lock = path.join(dir, 'held.lock');
  const { release } = takeLock(lock, { timeout: 1_000 });
  expect(readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(`${process.pid}\n`);
  release();
  expect(existsSync(lock)).toBe(false);
});

test('a lock held by a live build is waited for, said once, and refused by name after the timeout', () => {
  const lock = path.join(dir, 'busy.lock');
  const { release } = takeLock(lock, { timeout: 1_000 });
  const waits: (number | undefined)[] = [];
  expect(() => takeLock(lock, { timeout: 600, onWait: (pid) => waits.push(pid) })).toThrow(
    new RegExp(`${lock.replaceAll(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}: another build \\(pid ${process.pid}\\)`, 'u'),
  );
  expect(waits).toEqual([process.pid]);
  release();
});

test('a second taker gets the lock as soon as the first releases it', async () => {
  const lock = path.join(dir, 'handover.lock');
  // Another process holds the lock for half a second, then releases it.
  const holder = spawn(process.execPath, [
    '--input-type=module',
    '-e',
    `import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
     mkdirSync(${JSON.stringify(lock)}); writeFileSync(${JSON.stringify(path.join(lock, 'pid'))}, String(process.pid));
     setTimeout(() => rmSync(${JSON.stringify(lock)}, { recursive: true }), 500);`,
  ]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  let waited = false;
  const { release } = takeLock(lock, { timeout: 10_000, onWait: () => (waited = true) });
  expect(waited).toBe(true);
  expect(readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(`${process.pid}\n`);
  release();
  await new Promise((resolve) => holder.on('exit', resolve));
});

test('a lock whose build has died is taken over', () => {
  const lock = path.join(dir, 'dead.lock');
  mkdirSync(lock);
  // A pid no process has: beyond the largest pid Linux hands out.
  writeFileSync(path.join(lock, 'pid'), String(2 ** 22 + 1));
  const { release } = takeLock(lock, { timeout: 1_000 });
  expect(readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(`${process.pid}\n`);
  release();
});

test('a lock folder left without a pid is taken over once it is a few seconds old, not before', () => {
  const lock = path.join(dir, 'empty.lock');
  mkdirSync(lock);
  expect(() => takeLock(lock, { timeout: 300 })).toThrow(/another build \(pid unknown\)/u);
  const old = new Date(Date.now() - 60_000);
  utimesSync(lock, old, old);
  const { release } = takeLock(lock, { timeout: 1_000 });
  expect(readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(`${process.pid}\n`);
  release();
});

test('a lock lives while a step it recorded runs, though the build that took it is gone', async () => {
  const lock = path.join(dir, 'step.lock');
  const step = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
  await new Promise((resolve) => step.on('spawn', resolve));
  mkdirSync(lock);
  writeFileSync(path.join(lock, 'pid'), `${2 ** 22 + 1}\n${step.pid}\n`);
  expect(() => takeLock(lock, { timeout: 400 })).toThrow(/another build \(pid 4194305\)/u);
  step.kill();
  await new Promise((resolve) => step.on('exit', resolve));
  const { release } = takeLock(lock, { timeout: 1_000 });
  release();
});

test('a build releasing a lock that another has taken over leaves that lock alone', () => {
  const lock = path.join(dir, 'taken.lock');
  const { release, addHolder } = takeLock(lock, { timeout: 1_000 });
  addHolder(12345);
  expect(readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(`${process.pid}\n12345\n`);
  writeFileSync(path.join(lock, 'pid'), `${process.ppid}\n`);
  release();
  expect(existsSync(lock)).toBe(true);
  rmSync(lock, { recursive: true });
});

test('builds that find one stale lock at once take it one after another, never together', async () => {
  const lock = path.join(dir, 'race.lock');
  const log = path.join(dir, 'race.log');
  mkdirSync(lock);
  writeFileSync(path.join(lock, 'pid'), `${2 ** 22 + 1}\n`);
  const taker = `
    import { appendFileSync } from 'node:fs';
    import { takeLock } from ${JSON.stringify(path.resolve('scripts/lib/build-lock.ts'))};
    const held = takeLock(${JSON.stringify(lock)}, { timeout: 30000 });
    appendFileSync(${JSON.stringify(log)}, 'in ' + process.pid + '\\n');
    setTimeout(() => { appendFileSync(${JSON.stringify(log)}, 'out ' + process.pid + '\\n'); held.release(); }, 150);
  `;
  const takers = Array.from({ length: 5 }, () =>
    spawn(process.execPath, ['--input-type=module', '-e', taker], { stdio: 'inherit' }),
  );
  await Promise.all(takers.map((child) => new Promise((resolve) => child.on('exit', resolve))));
  const lines = readFileSync(log, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(10);
  // Each taker's "in" is followed by its own "out" before anyone else's "in".
  for (let index = 0; index < lines.length; index += 2) {
    expect(lines[index]?.replace('in ', 'out ')).toBe(lines[index + 1]);
  }
}, 60_000);
