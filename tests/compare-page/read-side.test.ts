import { describe, expect, it } from 'vitest';
import { readSide } from '../../src/compare-page/read-side.ts';
import { FORMAT_READER_LOADERS } from '../../src/compare-page/format-readers.ts';
import { SideProblem } from '../../src/compare-page/side-input.ts';
import { FORMAT_READERS } from '../../src/ingest/formats.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function refusal(run: () => Promise<unknown>): Promise<SideProblem> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SideProblem);
  return error as SideProblem;
}

describe('reading a side of the comparison page', () => {
  it('reads pasted text as the plain-text format: headline, then body', async () => {
    const { document } = await readSide('from', {
      name: 'original.txt',
      path: 'The pasted original',
      bytes: encode('Council approves <b>budget</b>\n\nThe council approved the budget on Monday. It passed 5 to 2.'),
    });
    expect(document.headline).toBe('Council approves <b>budget</b>');
    expect(JSON.stringify(document.body)).toContain('It passed 5 to 2.');
  });

  it('reads a saved web page through the same ingest as the build', async () => {
    const page = `<!doctype html><html><head><title>Ignored</title><meta property="og:site_name" content="Courier"></head>
<body><article><h1>Bridge closes for repairs</h1>${'<p>The river bridge will close for four weeks of repairs starting Monday, the city said.</p>'.repeat(6)}</article></body></html>`;
    const { document } = await readSide('to', { name: 'courier.html', path: 'courier.html', bytes: encode(page) });
    expect(document.headline).toBe('Bridge closes for repairs');
  });

  it('gives the ingest refusal with the file and the fix', async () => {
    const error = await refusal(() =>
      readSide('to', { name: 'report.pdf', path: 'report.pdf', bytes: encode('%PDF-1.7 …') }),
    );
    expect(error.side).toBe('to');
    expect(error.message).toMatch(/^report\.pdf: the file looks like a PDF .* Fix: Save the article as text/u);
  });

  it('refuses binary text, naming where the NUL byte is', async () => {
    const error = await refusal(() =>
      readSide('from', { name: 'original.txt', path: 'The pasted original', bytes: encode('Head\n\nBo\u0000dy') }),
    );
    expect(error.message).toMatch(/^The pasted original: the file holds a NUL byte \(at byte 8\)/u);
  });

  it('refuses a text with no sentence in it', async () => {
    const error = await refusal(() =>
      readSide('from', { name: 'original.txt', path: 'The pasted original', bytes: encode('12345\n\n— … 678 ***') }),
    );
    expect(error.message).toBe(
      "The pasted original holds no sentence: nothing in it has a letter to compare. Paste or choose the article's text.",
    );
  });
});

describe("the comparison page's format readers", () => {
  it.each(['plain-text', 'markdown', 'html'] as const)('loads for %s the reader the ingest uses', async (format) => {
    expect(await FORMAT_READER_LOADERS[format]()).toBe(FORMAT_READERS[format]);
  });

  it('reads Markdown with its frontmatter as the build does', async () => {
    const markdown =
      '---\ntitle: Ferry fares rise\nsource: The Courier\n---\n\nFares on the harbour ferry rise by 10% in May.\n';
    const { document } = await readSide('from', { name: 'ferry.md', path: 'ferry.md', bytes: encode(markdown) });
    expect(document.headline).toBe('Ferry fares rise');
    expect(document.body).toEqual([{ type: 'paragraph', text: 'Fares on the harbour ferry rise by 10% in May.' }]);
  });
});
