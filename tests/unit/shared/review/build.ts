// Builders for review-round tests: a master, a copy sent from it, and edits made on each side
// the way the editor makes them (tracked changes as marks, comments as marks plus threads).
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { newAccordFile } from '../../../../shared/document/create';
import type { AccordFile, Person, Thread } from '../../../../shared/document/fileSchema';
import { makeReviewCopy } from '../../../../shared/review';
import { schema } from '../../../../shared/schema';
import { masthead } from '../build';

const { nodes, marks } = schema;

export const ana: Person = { name: 'Ana Ruiz', initials: 'AR', organization: 'Secretariat' };
export const ben: Person = { name: 'Ben Okafor', initials: 'BO', organization: 'ILO' };
export const cleo: Person = { name: 'Cleo Martin', initials: 'CM', organization: 'OECD' };

/** Minutes after 09:00 on 14 March 2025, as a Date and as the ISO text files hold. */
export const at = (minute: number) => new Date(Date.UTC(2025, 2, 14, 9, minute));
export const iso = (minute: number) => at(minute).toISOString();

/** A numbered paragraph with a fixed id. */
export const np = (id: string, text: string) =>
  nodes.numbered_paragraph.create({ id }, text ? schema.text(text) : null);

/** A heading with a fixed id. */
export const hd = (id: string, text: string) =>
  nodes.heading.create({ id, level: 1 }, schema.text(text));

/** A document: an empty masthead and the blocks, with the title in the masthead. */
export function plan(title: string, ...blocks: Node[]): Node {
  const head = masthead();
  const fields: Node[] = [];
  head.forEach((f) =>
    fields.push(f.attrs.field === 'title' ? f.type.create(f.attrs, schema.text(title)) : f),
  );
  return nodes.doc.create(null, [head.type.create(head.attrs, fields), ...blocks]);
}

/** A two-paragraph plan under one heading, for tests that need any small document to review. */
export const shortPlan = plan(
  'Action plan on the social economy',
  hd('h1', 'Introduction'),
  np('p1', 'The task force will support member states in strengthening policy frameworks.'),
  np('p2', 'Statistics on the social economy remain scarce.'),
);

/** A master file for a document. */
export const masterOf = (doc: Node): AccordFile => newAccordFile(doc, at(0));

/** Sends a master for review at minute 1; the copy and master as they are after sending. */
export function send(file: AccordFile, doc: Node, reviewers: string[] = ['ILO']) {
  const made = makeReviewCopy(file, doc, { reviewers, due: null, now: at(1), author: ana });
  if (!made.ok) throw new Error(made.error.message);
  return { ...made.value, doc };
}

/** Where some text is in the block with `id` (the first occurrence). */
export function find(doc: Node, id: string, text: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found || !node.isTextblock || node.attrs.id !== id) return !found;
    const at = node.textContent.indexOf(text);
    if (at >= 0) found = { from: pos + 1 + at, to: pos + 1 + at + text.length };
    return false;
  });
  if (!found) throw new Error(`“${text}” is not in block ${id}`);
  return found;
}

const changeAttrs = (person: Person, id: string, minute: number) => ({
  id,
  author: person.name,
  organization: person.organization,
  time: iso(minute),
});

/** A suggestion: `old` in block `id` marked deleted and `replacement` inserted after it. */
export function suggest(
  doc: Node,
  id: string,
  old: string,
  replacement: string,
  person: Person,
  changeId: string,
  minute = 5,
): Node {
  const tr = new Transform(doc);
  const range = old ? find(doc, id, old) : find(doc, id, '');
  const attrs = changeAttrs(person, changeId, minute);
  if (old) tr.addMark(range.from, range.to, marks.deletion.create(attrs));
  if (replacement) tr.insert(range.to, schema.text(replacement, [marks.insertion.create(attrs)]));
  return tr.doc;
}

/** A suggestion inserting text right after `after` in block `id`. */
export function suggestAfter(
  doc: Node,
  id: string,
  after: string,
  text: string,
  person: Person,
  changeId: string,
): Node {
  const tr = new Transform(doc);
  const range = find(doc, id, after);
  tr.insert(
    range.to,
    schema.text(text, [marks.insertion.create(changeAttrs(person, changeId, 5))]),
  );
  return tr.doc;
}

/** An untracked edit, as a drafter makes with suggestion mode off. */
export function edit(doc: Node, id: string, old: string, replacement: string): Node {
  const tr = new Transform(doc);
  const range = find(doc, id, old);
  if (replacement) tr.replaceWith(range.from, range.to, schema.text(replacement));
  else tr.delete(range.from, range.to);
  return tr.doc;
}

/** The document without the top-level block with this id. */
export function remove(doc: Node, id: string): Node {
  let pos = -1;
  let size = 0;
  doc.forEach((child, offset) => {
    if (child.attrs.id === id) {
      pos = offset;
      size = child.nodeSize;
    }
  });
  if (pos < 0) throw new Error(`no block ${id}`);
  return new Transform(doc).delete(pos, pos + size).doc;
}

/** A new comment: its mark on `text` in block `id`, and its thread. */
export function comment(
  doc: Node,
  threads: readonly Thread[],
  request: { id: string; block: string; text: string; by: Person; says: string; minute?: number },
): { doc: Node; threads: Thread[] } {
  const range = find(doc, request.block, request.text);
  const marked = new Transform(doc).addMark(
    range.from,
    range.to,
    marks.comment.create({ id: request.id }),
  ).doc;
  const thread: Thread = {
    id: request.id,
    status: 'open',
    quote: request.text,
    blockId: request.block,
    section: '',
    comments: [
      {
        id: `${request.id}-1`,
        author: request.by,
        time: iso(request.minute ?? 10),
        text: request.says,
      },
    ],
  };
  return { doc: marked, threads: [...threads, thread] };
}

/** A reply added to a thread. */
export function replyTo(
  threads: readonly Thread[],
  threadId: string,
  commentId: string,
  by: Person,
  text: string,
  minute: number,
): Thread[] {
  return threads.map((t) =>
    t.id === threadId
      ? { ...t, comments: [...t.comments, { id: commentId, author: by, time: iso(minute), text }] }
      : t,
  );
}

/** The copy file with a new document and threads, as the reviewer saves it. */
export function saved(copy: AccordFile, doc: Node, threads: Thread[] = copy.comments): AccordFile {
  return { ...copy, doc: doc.toJSON() as Record<string, unknown>, comments: threads };
}

/** Text of the block with `id`, and its text with every pending change accepted. */
export function textOf(doc: Node, id: string): string {
  let text = '';
  doc.descendants((node) => {
    if (node.isTextblock && node.attrs.id === id) text = node.textContent;
    return !text;
  });
  return text;
}

/** The change marks inside the block with `id`: kind, text, id, author. */
export function changesIn(doc: Node, id: string) {
  const out: { kind: string; text: string; id: string; author: string }[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock || node.attrs.id !== id) return true;
    node.forEach((child) => {
      for (const m of child.marks) {
        if (m.type.name !== 'insertion' && m.type.name !== 'deletion') continue;
        const last = out.at(-1);
        const kind = m.type.name;
        const changeId = String(m.attrs.id);
        if (last && last.kind === kind && last.id === changeId) last.text += child.text ?? '';
        else
          out.push({ kind, text: child.text ?? '', id: changeId, author: String(m.attrs.author) });
      }
    });
    return false;
  });
  return out;
}

/** The ids of threads whose marks are in the document. */
export function markedThreads(doc: Node): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    for (const m of node.marks) if (m.type.name === 'comment') ids.add(String(m.attrs.id));
  });
  return ids;
}

/** A paragraph the reviewer wrote in suggestion mode: its text inserted, the block marked new. */
export function newParagraph(id: string, text: string, person: Person, changeId: string): Node {
  const attrs = changeAttrs(person, changeId, 5);
  return nodes.numbered_paragraph.create(
    { id, change: { kind: 'insert', ...attrs } },
    text ? schema.text(text, [marks.insertion.create(attrs)]) : null,
  );
}

/** The document with `block` inserted after the top-level block with id `after`. */
export function insertAfter(doc: Node, after: string, block: Node): Node {
  const children: Node[] = [];
  doc.forEach((child) => {
    children.push(child);
    if (child.attrs.id === after) children.push(block);
  });
  return doc.type.create(doc.attrs, children);
}

/** The document with a block appended at the end. */
export function append(doc: Node, block: Node): Node {
  return doc.type.create(doc.attrs, doc.content.addToEnd(block));
}
