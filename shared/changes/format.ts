import type { Attrs, Mark, Node } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import type { BlockChange, BlockFormat, FormatRun } from './blockChange';
import { FORMAT_MARKS } from './changeMarks';

const OBJECT = '\uFFFC';

/** A node's attributes without the ones a format change does not restore (id and change). */
export function formatAttrs(node: Node): Record<string, unknown> {
  const attrs: Record<string, unknown> = { ...node.attrs };
  delete attrs.id;
  delete attrs.change;
  return attrs;
}

/** Whether a node has the type and attributes of a saved format. */
export function hasFormat(node: Node, format: BlockFormat): boolean {
  return (
    node.type.name === format.type &&
    JSON.stringify(formatAttrs(node)) === JSON.stringify(format.attrs)
  );
}

function formatMarks(node: Node): FormatRun['marks'] {
  return node.marks
    .filter((m) => FORMAT_MARKS.has(m.type.name))
    .map((m) => {
      const json = m.toJSON() as { type: string; attrs?: Record<string, unknown> };
      return json.attrs ? { type: json.type, attrs: json.attrs } : { type: json.type };
    });
}

/** A textblock's inline content as runs of text with their formatting marks. */
export function formatRuns(block: Node): FormatRun[] {
  const runs: FormatRun[] = [];
  block.forEach((child) => {
    const text = child.isText ? (child.text ?? '') : OBJECT.repeat(child.nodeSize);
    const marks = formatMarks(child);
    const last = runs.at(-1);
    if (last && JSON.stringify(last.marks) === JSON.stringify(marks)) last.text += text;
    else runs.push({ text, marks });
  });
  return runs;
}

/** The saved format of a node: type, attributes, and (for textblocks, if asked) its formatting. */
export function formatOf(node: Node, withMarks: boolean): BlockFormat {
  const format: BlockFormat = { type: node.type.name, attrs: formatAttrs(node) };
  if (withMarks && node.inlineContent) format.marks = formatRuns(node);
  return format;
}

function marksFromRun(node: Node, run: FormatRun): Mark[] | null {
  const schema = node.type.schema;
  const marks: Mark[] = [];
  for (const json of run.marks) {
    try {
      marks.push(schema.markFromJSON(json));
    } catch {
      return null;
    }
  }
  return marks;
}

/**
 * Puts back a textblock's saved formatting where its text is still the same: the common start
 * and end of the saved and current text (text typed since in the middle keeps its formatting).
 */
function restoreMarks(tr: Transform, pos: number, runs: FormatRun[]): void {
  const block = tr.doc.nodeAt(pos);
  if (!block?.inlineContent) return;
  const saved = runs.map((r) => r.text).join('');
  const current = formatRuns(block)
    .map((r) => r.text)
    .join('');
  const limit = Math.min(saved.length, current.length);
  let head = 0;
  while (head < limit && saved[head] === current[head]) head++;
  let tail = 0;
  while (
    tail < limit - head &&
    saved[saved.length - 1 - tail] === current[current.length - 1 - tail]
  )
    tail++;
  const start = pos + 1;
  const types = Object.values(tr.doc.type.schema.marks).filter((t) => FORMAT_MARKS.has(t.name));
  let offset = 0;
  for (const run of runs) {
    const runFrom = offset;
    const runTo = (offset += run.text.length);
    const marks = marksFromRun(block, run);
    if (!marks) continue;
    const pieces: [number, number][] = [
      [runFrom, Math.min(runTo, head)],
      // The saved end maps onto the current end, whatever length the middle has now.
      [
        Math.max(runFrom, saved.length - tail) + current.length - saved.length,
        runTo + current.length - saved.length,
      ],
    ];
    for (const [from, to] of pieces) {
      if (to <= from) continue;
      for (const type of types) tr.removeMark(start + from, start + to, type);
      for (const mark of marks) tr.addMark(start + from, start + to, mark);
    }
  }
}

/**
 * Rejects a format change on the node at `pos`: restores its saved type and attributes (keeping
 * id and content) and formatting, when the schema allows them there; always drops the record.
 */
export function restoreFormat(tr: Transform, pos: number, change: BlockChange): void {
  const node = tr.doc.nodeAt(pos);
  if (!node) return;
  const from = change.from;
  const type = from ? tr.doc.type.schema.nodes[from.type] : undefined;
  if (from && type) {
    const attrs: Attrs = { ...from.attrs, id: node.attrs.id as unknown, change: null };
    const $pos = tr.doc.resolve(pos);
    const fits =
      type === node.type ||
      ($pos.parent.canReplaceWith($pos.index(), $pos.index() + 1, type) &&
        type.validContent(node.content));
    let valid = fits;
    try {
      // create() validates the saved attributes, which come from a file.
      type.create(attrs);
    } catch {
      valid = false;
    }
    if (valid) {
      tr.setNodeMarkup(pos, type, attrs, node.marks);
      if (from.marks) restoreMarks(tr, pos, from.marks);
      return;
    }
  }
  tr.setNodeAttribute(pos, 'change', null);
}

const TYPE_LABELS: Record<string, string> = {
  heading: 'Heading',
  numbered_paragraph: 'Numbered paragraph',
  paragraph: 'Paragraph',
  bullet_list: 'Bullet list',
  ordered_list: 'Numbered list',
  blockquote: 'Quotation',
  action_record: 'Action record',
};

function describeAttrsOf(type: string, attrs: Record<string, unknown>): string {
  const label = TYPE_LABELS[type] ?? type.replace(/_/g, ' ');
  if (type === 'heading') return `${label} ${String(attrs.level)}`;
  if (type === 'numbered_paragraph') return `${label}, level ${Number(attrs.level) + 1}`;
  if (type === 'action_record') return `${label}, status ${String(attrs.status)}`;
  return label;
}

/** A short description of a format change, e.g. "Heading 2 → Heading 3", or "Formatting". */
export function describeFormat(node: Node, change: BlockChange): string {
  if (change.wrapper) return `Put in ${describeAttrsOf(node.type.name, formatAttrs(node))}`;
  const from = change.from;
  if (!from) return 'Structure';
  const now = describeAttrsOf(node.type.name, formatAttrs(node));
  const was = describeAttrsOf(from.type, from.attrs);
  if (was === now) return from.marks ? 'Formatting' : 'Attributes';
  return `${was} → ${now}`;
}
