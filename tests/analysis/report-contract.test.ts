/**
 * The report's contract with its readers: a finding's change is one its kind allows (the types
 * refuse another, and so do the zod schema and the published JSON Schema), the format version is
 * part of the analysis cache's key, and a cached report of another version is never read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import type { ChangeOf, FindingKind } from '../../src/analysis/emphasis/index.ts';
import { CHANGES } from '../../src/analysis/emphasis/index.ts';
import type { Draft } from '../../src/analysis/emphasis/finding.ts';
import { NOWHERE } from '../../src/analysis/emphasis/finding.ts';
import { compareDocuments, REPORT_VERSION } from '../../src/analysis/index.ts';
import { reportSchema } from '../../src/analysis/report/report-schema.ts';
import { readCachedReport } from '../../src/report-files/report-cache.ts';

const report = compareDocuments(
  {
    headline: 'Ferry may resume in spring',
    body: [{ type: 'paragraph', text: 'The ferry may resume in spring, Anna Berg said. Tickets cost £4.' }],
  },
  {
    headline: 'Ferry will resume in spring',
    body: [{ type: 'paragraph', text: 'The ferry will resume in spring. Tickets cost £5.' }],
  },
);
const plain = JSON.parse(JSON.stringify(report)) as typeof report;
/** The report with its first finding of a kind given another change. */
function withChange(kind: FindingKind, change: string): unknown {
  const index = plain.findings.findIndex((finding) => finding.kind === kind);
  expect(index).toBeGreaterThanOrEqual(0);
  return { ...plain, findings: plain.findings.map((finding, at) => (at === index ? { ...finding, change } : finding)) };
}

describe('a finding’s change is one its kind allows', () => {
  test('the types refuse a change of another kind', () => {
    const base = { salience: 0.5, from: NOWHERE, to: NOWHERE, explanation: '', marks: [] };
    const right: Draft = { ...base, kind: 'name', change: 'dropped here' };
    // @ts-expect-error: "trimmed" is a quotation's change, not a name's.
    const wrong: Draft = { ...base, kind: 'name', change: 'trimmed' };
    const tone: ChangeOf<'tone'>[] = ['opinion added', 'opinion removed'];
    expect([right.change, wrong.change, ...tone]).toEqual(['dropped here', 'trimmed', ...CHANGES.tone]);
  });

  test('the schema refuses a change of another kind, and accepts each of its own', () => {
    expect(reportSchema.safeParse(plain).success).toBe(true);
    expect(reportSchema.safeParse(withChange('number', 'trimmed')).success).toBe(false);
    expect(reportSchema.safeParse(withChange('number', 'renamed')).success).toBe(false);
    for (const change of CHANGES.number)
      expect(reportSchema.safeParse(withChange('number', change)).success).toBe(true);
  });

  test('so does the published JSON Schema', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../src/analysis/report/report.schema.json', import.meta.url), 'utf8'),
    ) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(plain), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(withChange('framing', 'dropped'))).toBe(false);
    expect(validate(withChange('framing', 'hedge dropped'))).toBe(true);
  });

  test('the report records its fates, and a fate of another enum is refused', () => {
    expect(plain.fates.figures.map(({ key, fate }) => `${key}: ${fate}`)).toEqual(['£4: changed']);
    expect(plain.fates.names.map(({ name, fate }) => `${name}: ${fate}`)).toEqual(['Anna Berg: dropped']);
    const figures = plain.fates.figures.map((entry) => ({ ...entry, fate: 'shortened' }));
    expect(reportSchema.safeParse({ ...plain, fates: { ...plain.fates, figures } }).success).toBe(false);
  });
});

test('a cached report of another format version is a miss, computed again', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reworded-cache-'));
  try {
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify({ ...plain, version: REPORT_VERSION - 1 }));
    writeFileSync(path.join(dir, 'current.json'), JSON.stringify(plain));
    expect(readCachedReport(dir, 'old')).toBeUndefined();
    expect(readCachedReport(dir, 'current')?.version).toBe(REPORT_VERSION);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
