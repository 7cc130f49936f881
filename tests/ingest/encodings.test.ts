/** Article files in the encodings a browser or a colleague may produce: decoded when that is reliable, refused clearly when not. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IngestError, parseArticleSource, parsePlainTextArticle } from '../../src/ingest/index.ts';
import { decodeText } from '../../src/ingest/source-text.ts';
import { errorOf } from '../support/ingest-error.ts';

const TEXT = '“Talks resumed,” Zelensky said — in Genève.';
const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index += 1)
    view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
};

describe('decodeText', () => {
  test('UTF-8, with or without a byte-order mark (the mark is dropped)', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8', warning: undefined });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'a.txt').text).toBe(TEXT);
  });

  test('UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decodeText(utf16(TEXT, true), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16(TEXT, false), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
  });

  test('Windows-1252 (curly quotes as 0x93 and 0x94) is read, with a warning that names the file and the first odd byte', () => {
    const bytes = new Uint8Array([
      0x93,
      ...new TextEncoder().encode('Talks resumed,'),
      0x94,
      ...new TextEncoder().encode(' he said in Gen'),
      0xe8,
      ...new TextEncoder().encode('ve.'),
    ]);
    const decoded = decodeText(bytes, 'content/sources/talks/a.txt');
    expect(decoded.text).toBe('“Talks resumed,” he said in Genève.');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warning).toMatch(
      /^content\/sources\/talks\/a\.txt: byte 0x93 at offset 0 is not valid UTF-8; read as Windows-1252/u,
    );
  });

  test('another 8-bit encoding (Cyrillic in Windows-1251) is refused, not garbled', () => {
    const cyrillic = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0]); // "Привет мир"
    const error = errorOf(() => decodeText(cyrillic, 'b.txt'));
    expect(error.file).toBe('b.txt');
    expect(error.problem).toMatch(
      /not valid UTF-8 \(byte 0xCF at offset 0 is not valid UTF-8\), and it does not read as Windows-1252/u,
    );
    expect(error.fix).toMatch(/save the file as UTF-8/u);
  });

  test('UTF-8 text with one stray Windows-1252 byte is refused as mixed, not turned into mojibake', () => {
    const enc = new TextEncoder();
    const mixed = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...enc.encode('Zelensky’s talks resumed in Genève. It'),
      0x92,
      ...enc.encode('s over.'),
    ]);
    expect(errorOf(() => decodeText(mixed, 'mixed.txt')).problem).toMatch(
      /mixes UTF-8 text with bytes that are not UTF-8 \(byte 0x92 at offset 44/u,
    );
  });

  test('UTF-32 is refused, not read as UTF-16', () => {
    expect(
      errorOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]), 'e.txt')).problem,
    ).toMatch(/UTF-32/u);
  });

  test('a byte Windows-1252 leaves undefined is refused', () => {
    expect(errorOf(() => decodeText(new Uint8Array([0x48, 0x81, 0x69]), 'c.txt')).problem).toMatch(
      /byte 0x81 at offset 1/u,
    );
  });

  test('a binary file (NUL bytes) is refused, saying what was found and what to do', () => {
    const error = errorOf(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'story.docx'));
    expect(error.problem).toMatch(/NUL byte \(at byte 4\): it is a binary file/u);
    expect(error.fix).toMatch(/save or export it as plain text/u);
  });

  test('a broken UTF-16 file is refused', () => {
    expect(errorOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41]), 'd.txt')).problem).toMatch(
      /UTF-16LE byte-order mark but is not valid/u,
    );
  });

  test('a file over the size limit is refused, naming its size and the limit', () => {
    const error = errorOf(() => decodeText(new Uint8Array(5_000_000).fill(0x61), 'huge.txt'));
    expect(error.problem).toBe(
      'the file is 5.0 MB; Reworded compares articles up to 2.0 MB (about 350,000 words), a size it analyses in seconds.',
    );
  });

  test('any bytes: a document or a clear error, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const decoded = decodeText(bytes, 'fuzz.txt');
          const parsed = parsePlainTextArticle(decoded.text, 'fuzz.txt');
          expect(parsed.document.headline.trim()).not.toBe('');
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
          expect((error as IngestError).file).toBe('fuzz.txt');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a web page that declares its encoding', () => {
  const page = (head: string) =>
    new Uint8Array([
      ...new TextEncoder().encode(
        `<!DOCTYPE html><html><head>${head}<title>Talks end</title></head><body><article><h1>Talks end</h1><p>`,
      ),
      ...[0x93, 0x57, 0x65, 0x20, 0x61, 0x67, 0x72, 0x65, 0x65, 0x64, 0x2c, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64],
      ...new TextEncoder().encode(' the minister on Tuesday.</p></article></body></html>'),
    ]);

  test('is read as the Windows-1252 it says it is, without a warning', () => {
    for (const head of [
      '<meta charset="windows-1252">',
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ]) {
      const article = parseArticleSource({ name: 'p.html', path: 'p.html', bytes: page(head) });
      expect(article.document.body).toEqual([
        { type: 'paragraph', text: '“We agreed,” said the minister on Tuesday.' },
      ]);
      expect(article.warnings.join('\n')).not.toMatch(/Windows-1252/u);
    }
  });

  test('without a declaration is read so with a warning, as any file', () => {
    const article = parseArticleSource({ name: 'p.html', path: 'p.html', bytes: page('') });
    expect(article.document.body).toEqual([{ type: 'paragraph', text: '“We agreed,” said the minister on Tuesday.' }]);
    expect(article.warnings.join('\n')).toMatch(/read as Windows-1252/u);
  });
});

describe('an encoding declared by the server or the page', () => {
  // „Spaß“ in Windows-1252: 0x84 is no UTF-8, but ß“ (0xDF 0x93) happens to be a UTF-8 character.
  const spass = new Uint8Array([
    0x84, 0x53, 0x70, 0x61, 0xdf, 0x93, 0x20, 0x69, 0x73, 0x74, 0x20, 0x67, 0x75, 0x74, 0x2e,
  ]);
  // UTF-8 text (“Café”) with one stray Windows-1252 byte (0x92, a right single quote).
  const stray = new Uint8Array([
    ...new TextEncoder().encode('“Café” it'),
    0x92,
    ...new TextEncoder().encode('s true.'),
  ]);

  test('a Windows-1252 header is taken as said, even where the bytes also form UTF-8', () => {
    expect(decodeText(spass, 'a.html', undefined, { encoding: 'windows-1252', by: 'header' })).toEqual({
      text: '„Spaß“ ist gut.',
      encoding: 'windows-1252',
      warning: undefined,
    });
  });

  test('a page’s own Windows-1252 <meta> is not taken over a UTF-8 character in its bytes', () => {
    for (const bytes of [spass, stray]) {
      expect(
        errorOf(() => decodeText(bytes, 'a.html', undefined, { encoding: 'windows-1252', by: 'page' })).problem,
      ).toMatch(/mixes UTF-8 text with bytes that are not UTF-8/u);
    }
    // Without a UTF-8 character the declaration is taken, without a warning.
    const plain = new Uint8Array([0x93, 0x57, 0x65, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeText(plain, 'a.html', undefined, { encoding: 'windows-1252', by: 'page' })).toEqual({
      text: '“We” café',
      encoding: 'windows-1252',
      warning: undefined,
    });
  });
});
