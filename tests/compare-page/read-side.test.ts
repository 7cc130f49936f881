import { describe, expect, it } from 'vitest';
import { readSide } from '../../src/compare-page/read-side.ts';
import { SideProblem } from '../../src/compare-page/side-input.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function refusal(run: () => unknown): SideProblem {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SideProblem);
    return error as SideProblem;
  }
  throw new Error('expected a SideProblem');
}

describe('reading a side of the comparison page', () => {
  it('reads pasted text as the plain-text format: headline, then body', () => {
    const { document } = readSide('from', {
      name: 'original.txt',
      path: 'The pasted original',
      bytes: encode('Council approves <b>budget</b>\n\nThe council approved the budget on Monday. It passed 5 to 2.'),
    });
    expect(document.headline).toBe('Council approves <b>budget</b>');
    expect(JSON.stringify(document.body)).toContain('It passed 5 to 2.');
  });

  it('reads a saved web page through the same ingest as the build', () => {
    const page = `<!doctype html><html><head><title>Ignored</title><meta property="og:site_name" content="Courier"></head>
<body><article><h1>Bridge closes for repairs</h1>${'<p>The river bridge will close for four weeks of repairs starting Monday, the city said.</p>'.repeat(6)}</article></body></html>`;
    const { document } = readSide('to', { name: 'courier.html', path: 'courier.html', bytes: encode(page) });
    expect(document.headline).toBe('Bridge closes for repairs');
  });

  it('gives the ingest refusal with the file and the fix', () => {
    const error = refusal(() =>
      readSide('to', { name: 'report.pdf', path: 'report.pdf', bytes: encode('%PDF-1.7 …') }),
    );
    expect(error.side).toBe('to');
    expect(error.message).toMatch(/^report\.pdf: the file looks like a PDF .* Fix: Save the article as text/u);
  });

  it('refuses binary text, naming where the NUL byte is', () => {
    const error = refusal(() =>
      readSide('from', { name: 'original.txt', path: 'The pasted original', bytes: encode('Head\n\nBo\u0000dy') }),
    );
    expect(error.message).toMatch(/^The pasted original: the file holds a NUL byte \(at byte 8\)/u);
  });

  it('refuses a text with no sentence in it', () => {
    const error = refusal(() =>
      readSide('from', { name: 'original.txt', path: 'The pasted original', bytes: encode('12345\n\n— … 678 ***') }),
    );
    expect(error.message).toBe(
      "The pasted original holds no sentence: nothing in it has a letter to compare. Paste or choose the article's text.",
    );
  });
});
