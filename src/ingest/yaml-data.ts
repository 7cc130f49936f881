/**
 * The data of a parsed YAML document (story.yaml, Markdown frontmatter), refused by name when it is
 * built to exhaust memory. An anchor (`&a`) and its aliases (`*a`) can nest so that a few lines
 * expand to billions of values (a "billion laughs"); YAML stops expanding them early, but with an
 * error that names neither the file nor a fix, and that `--skip-broken` could not skip. Neither file
 * needs aliases at all, so the fix is to write the values out.
 */
import { visit } from 'yaml';
import type { Document } from 'yaml';
import { IngestError } from './errors.ts';

/** Where a YAML document came from, for messages: its file and the file's line of an offset. */
export interface YamlSource {
  readonly file: string;
  readonly line: (offset: number) => number;
}

/** The document as plain data; an IngestError naming the file when its aliases expand too far. */
export function yamlData(document: Document, source: YamlSource): unknown {
  try {
    return document.toJS();
  } catch (error) {
    // yaml reports its alias limit (maxAliasCount, 100 by default) as a ReferenceError.
    if (!(error instanceof ReferenceError) || !/alias/iu.test(error.message)) throw error;
    const offset = firstAlias(document);
    throw new IngestError({
      file: source.file,
      line: offset === undefined ? undefined : source.line(offset),
      problem:
        'its aliases (*name) repeat anchored values (&name) more often than is safe to read: a file built so can exhaust memory.',
      fix: 'write each value out in full instead of using anchors (&) and aliases (*).',
    });
  }
}

/** The offset of the first alias, where the expansion starts. */
function firstAlias(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
