import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

/** A pandoc AST element: a tag and its contents. */
export interface PandocNode {
  t: string;
  c?: unknown;
}

/** Writes bytes to a fresh temporary folder and returns the file's path. */
export function writeTemp(bytes: Uint8Array, name = 'export.docx'): string {
  const dir = mkdtempSync(join(tmpdir(), 'accord-export-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The blocks pandoc reads from a .docx, tracked changes kept. */
export function pandocBlocks(path: string): unknown[] {
  const json = execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'json', path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(json) as { blocks: unknown[] }).blocks;
}

function isNode(value: unknown): value is PandocNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { t?: unknown }).t === 'string'
  );
}

function children(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isNode(value)) return value.c === undefined ? [] : [value.c];
  return [];
}

/** Every element with tag `tag`, in document order, at any depth. */
export function collect(value: unknown, tag: string): PandocNode[] {
  const out: PandocNode[] = [];
  const visit = (v: unknown) => {
    if (isNode(v) && v.t === tag) out.push(v);
    children(v).forEach(visit);
  };
  visit(value);
  return out;
}

/** The attributes of a Span: its classes and key-value pairs. */
export function spanAttrs(span: PandocNode): { classes: string[]; attrs: Record<string, string> } {
  const [attr] = span.c as [[string, string[], [string, string][]], unknown];
  return { classes: attr[1], attrs: Object.fromEntries(attr[2]) };
}

function isCommentText(value: PandocNode): boolean {
  return value.t === 'Span' && spanAttrs(value).classes.includes('comment-start');
}

/** Plain text of any part of the tree (words joined by single spaces), without comment texts. */
export function textOf(value: unknown): string {
  let text = '';
  const visit = (v: unknown) => {
    if (isNode(v) && isCommentText(v)) return;
    if (isNode(v) && v.t === 'Str') text += v.c as string;
    else if (isNode(v) && (v.t === 'Space' || v.t === 'SoftBreak' || v.t === 'LineBreak'))
      text += ' ';
    else if (isNode(v) && v.t === 'Note') return;
    else children(v).forEach(visit);
    // Paragraphs (and table cells) are separate words.
    if (isNode(v) && (v.t === 'Para' || v.t === 'Plain')) text += ' ';
  };
  visit(value);
  return text.replace(/\s+/g, ' ').trim();
}

/** A comment as pandoc reads it: author, text and the words its range covers. */
export interface ReadComment {
  id: string;
  author: string;
  text: string;
  anchored: string;
}

/** The comments of a document with their anchored words, walking the body in order. */
export function readComments(blocks: unknown[]): ReadComment[] {
  const open = new Map<string, ReadComment>();
  const done: ReadComment[] = [];
  const visit = (v: unknown) => {
    if (isNode(v) && v.t === 'Span') {
      const { classes, attrs } = spanAttrs(v);
      const id = attrs.id ?? '';
      if (classes.includes('comment-start')) {
        const author = attrs.author ?? '';
        open.set(id, { id, author, text: textOf((v.c as unknown[])[1]), anchored: '' });
        return;
      }
      if (classes.includes('comment-end')) {
        const comment = open.get(id);
        if (comment)
          done.push({ ...comment, anchored: comment.anchored.replace(/\s+/g, ' ').trim() });
        open.delete(id);
        // pandoc nests the ends of comments that close at the same place.
        children((v.c as unknown[])[1]).forEach(visit);
        return;
      }
    }
    if (isNode(v) && v.t === 'Note') return;
    const piece =
      isNode(v) && v.t === 'Str' ? (v.c as string) : isNode(v) && v.t === 'Space' ? ' ' : '';
    if (piece) for (const c of open.values()) c.anchored += piece;
    if (isNode(v) && (v.t === 'Para' || v.t === 'Plain')) {
      children(v).forEach(visit);
      for (const c of open.values()) c.anchored += ' ';
      return;
    }
    children(v).forEach(visit);
  };
  blocks.forEach(visit);
  return done;
}

/** The text parts of a .docx (XML and relationships), by path. */
export function xmlParts(bytes: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    if (/\.(xml|rels)$/.test(path)) parts.set(path, strFromU8(data));
  }
  return parts;
}

/** Parts that are not well-formed XML, with the parser's reason. */
export function malformedParts(parts: Map<string, string>): string[] {
  const bad: string[] = [];
  for (const [path, xml] of parts) {
    const result = XMLValidator.validate(xml);
    if (result !== true) bad.push(`${path}: ${result.err.msg} (line ${result.err.line})`);
  }
  return bad;
}

/** Runs a command and returns its standard output. */
export function run(command: string, args: string[], timeout = 120_000): string {
  return execFileSync(command, args, { encoding: 'utf8', timeout });
}
