/**
 * npm run schema: writes src/analysis/report/report.schema.json from the zod schema of the report, so the
 * documented JSON shape can never drift from the code (a test fails when the file is stale).
 */
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/analysis/report/report-json-schema.ts';

const target = new URL('../src/analysis/report/report.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
