import { describe, expect, it } from 'vitest';
import type { ChosenFile } from '../../src/compare-page/side-input.ts';
import { SideProblem, sideFile } from '../../src/compare-page/side-input.ts';

function chosen(name: string, content: string | number): ChosenFile & { reads: (number | undefined)[] } {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(0);
  const file = {
    name,
    size: typeof content === 'number' ? content : bytes.length,
    reads: [] as (number | undefined)[],
    bytes: (limit?: number) => {
      file.reads.push(limit);
      return Promise.resolve(limit === undefined ? bytes : bytes.slice(0, limit));
    },
  };
  return file;
}

async function problem(promise: Promise<unknown>): Promise<SideProblem> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SideProblem);
  return error as SideProblem;
}

describe('a side of the comparison page', () => {
  it('asks for text when the field is blank and no file is chosen', async () => {
    const error = await problem(sideFile('from', { label: 'Original', text: ' \n\t', file: undefined }));
    expect(error.side).toBe('from');
    expect(error.message).toBe("Paste the original's text here, or choose a file.");
  });

  it('reads pasted text as a plain-text file named for the side', async () => {
    const file = await sideFile('to', { label: 'Rewrite', text: 'Héadline\n\nBody.', file: undefined });
    expect(file.name).toBe('rewrite.txt');
    expect(file.path).toBe('The pasted rewrite');
    expect(new TextDecoder().decode(file.bytes)).toBe('Héadline\n\nBody.');
  });

  it('prefers a chosen file over text typed before it', async () => {
    const page = chosen('courier.html', '<h1>Hi</h1>');
    const file = await sideFile('to', { label: 'Rewrite', text: 'typed', file: page });
    expect(file).toEqual({
      name: 'courier.html',
      path: 'courier.html',
      bytes: new TextEncoder().encode('<h1>Hi</h1>'),
    });
  });

  it('refuses pasted text over 2 MB with its size', async () => {
    const error = await problem(sideFile('to', { label: 'Rewrite', text: 'a'.repeat(2_100_000), file: undefined }));
    expect(error.message).toMatch(/^The rewrite's text is 2\.1 MB; Reworded compares articles up to 2\.0 MB/u);
  });

  it('refuses an oversized file by its size without reading it', async () => {
    const big = chosen('long.txt', 2_100_000);
    const error = await problem(sideFile('from', { label: 'Original', text: '', file: big }));
    expect(error.message).toMatch(/^long\.txt is 2\.1 MB; Reworded reads article files up to 2\.0 MB/u);
    expect(big.reads).toEqual([]);
  });

  it('lets a saved web page be larger than an article, up to 10 MB', async () => {
    const page = chosen('page.html', 9_000_000);
    await expect(sideFile('from', { label: 'Original', text: '', file: page })).resolves.toMatchObject({
      name: 'page.html',
    });
    const error = await problem(
      sideFile('from', { label: 'Original', text: '', file: chosen('page.html', 10_500_000) }),
    );
    expect(error.message).toMatch(/saved web pages up to 10\.0 MB/u);
  });

  it('says an empty file is empty', async () => {
    const error = await problem(sideFile('from', { label: 'Original', text: '', file: chosen('blank.md', '') }));
    expect(error.message).toBe('blank.md is empty. Choose the file that holds the original.');
  });

  it('leaves a type it does not read to the ingest, whatever its size, reading only its first bytes', async () => {
    const slides = chosen('slides.pdf', `%PDF-1.7\n${'x'.repeat(5000)}`);
    const file = await sideFile('to', { label: 'Rewrite', text: '', file: { ...slides, size: 3_000_000 } });
    expect(file.name).toBe('slides.pdf');
    expect(file.bytes.length).toBe(1024);
    expect(slides.reads).toEqual([1024]);
  });

  it('says a file the browser can no longer read is to be chosen again', async () => {
    const gone: ChosenFile = {
      name: 'moved.txt',
      size: 10,
      bytes: () => Promise.reject(new Error('The file could not be found.')),
    };
    const error = await problem(sideFile('from', { label: 'Original', text: '', file: gone }));
    expect(error.message).toBe('moved.txt could not be read (The file could not be found.). Choose the file again.');
  });
});
