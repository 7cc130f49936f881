/**
 * Finds a YAML value that a `#` cut short. In YAML, ` #` starts a comment, so an unquoted
 * `title: Why #MeToo still matters` is the title "Why", and a value wrapped onto a next line that
 * starts with `#` ends before that line. A hashtag in a headline or a channel's name is far likelier
 * than a comment there, and either way the writer must say which it is; a quoted value's comment,
 * and a comment on a line of its own at the key's indentation or less, are plainly meant as ones.
 */
import { isMap, isPair, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { Document } from 'yaml';

/** An unquoted value a comment cut short: its key, what YAML read, the line as written, where. */
export interface CutValue {
  readonly key: string;
  readonly value: string;
  /** The value as written, on one line, with the comment that cut it. */
  readonly line: string;
  /** The offset of the value in the YAML text. */
  readonly offset: number;
  /** Whether the comment is on a line of its own, where a wrapped value would have continued. */
  readonly wrapped: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/u;

/** The first unquoted value, in block mappings or lists at any depth, that a comment cuts short. */
export function cutValue(document: Document, yaml: string): CutValue | undefined {
  let found: CutValue | undefined;
  visit(document, {
    Scalar(key, node, path) {
      if (node.type !== Scalar.PLAIN || node.value === null || node.range === undefined || node.range === null)
        return undefined;
      const parent = path.at(-1);
      const pair = isPair(parent) ? parent : undefined;
      if (pair !== undefined && key !== 'value') return undefined;
      const collection = pair === undefined ? parent : path.at(-2);
      if (!(isMap(collection) || isSeq(collection)) || collection.flow === true) return undefined;
      // A wrapped plain value continues on lines indented deeper than its key (or its list's dash).
      const [start, end] = node.range;
      const keyStart = isScalar(pair?.key) && pair.key.range ? pair.key.range[0] : start;
      const indent = column(yaml, keyStart) - (pair === undefined ? 2 : 0);
      const sameLine = yaml.slice(end, lineEnd(yaml, end));
      const nextLine = nextTextLine(yaml, end);
      const wrapped = nextLine !== undefined && nextLine.trimStart().startsWith('#') && leadingSpace(nextLine) > indent;
      if (!/^[ \t]+#/u.test(sameLine) && !wrapped) return undefined;
      found = {
        key: pair === undefined ? String(key) : String(isScalar(pair.key) ? pair.key.value : pair.key),
        value: plainText(node.value),
        line: oneLine(yaml.slice(start, end) + (wrapped ? ` ${nextLine.trim()}` : sameLine.trimEnd())),
        offset: start,
        wrapped,
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** The problem and fix of a cut value, in the project's words, for an IngestError. */
export function cutValueMessage(cut: CutValue): { problem: string; fix: string } {
  const quoted = JSON.stringify(cut.line);
  return cut.wrapped
    ? {
        problem: `"${cut.key}" goes on to a line starting with "#", which YAML reads as a comment, so the value is "${cut.value}".`,
        fix: `put the whole value on one line in quotes (${quoted}) if the # is part of it, or start the comment where the key starts.`,
      }
    : {
        problem: `"${cut.key}" has a " #" comment after it, so YAML reads the value as "${cut.value}" and drops the rest of the line.`,
        fix: `put the value in quotes (${quoted}) if the # is part of it, or move the comment to a line of its own.`,
      };
}

/*
 * The scans below go from an offset to the nearest line break only, never over the rest of the
 * text, so that a YAML of many short values is checked in time proportional to its length.
 */

/** The column (from 0) of an offset in the text. */
function column(yaml: string, offset: number): number {
  let index = offset;
  while (index > 0 && yaml[index - 1] !== '\n' && yaml[index - 1] !== '\r') index -= 1;
  return offset - index;
}

/** The offset of the line break that ends the line holding `from` (the text's length on its last line). */
function lineEnd(yaml: string, from: number): number {
  const lineBreak = new RegExp(LINE_BREAK.source, 'gu');
  lineBreak.lastIndex = from;
  return lineBreak.exec(yaml)?.index ?? yaml.length;
}

/** The first line after the one holding `from` that is not blank. */
function nextTextLine(yaml: string, from: number): string | undefined {
  let start = lineEnd(yaml, from);
  while (start < yaml.length) {
    start += yaml.startsWith('\r\n', start) ? 2 : 1;
    const end = lineEnd(yaml, start);
    const line = yaml.slice(start, end);
    if (line.trim() !== '') return line;
    start = end;
  }
  return undefined;
}

/** A value wrapped over lines as YAML reads it: one line, each break and indentation a space. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/gu, ' ');
}

function leadingSpace(line: string): number {
  return line.length - line.trimStart().length;
}

/** A plain scalar's value as text, as YAML read it (`12`, `true`, and `.inf` as Infinity). */
function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}
