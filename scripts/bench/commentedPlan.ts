import type { Mark, Node } from 'prosemirror-model';
import { newAccordFile } from '../../shared/document/create';
import type { AccordFile, Thread } from '../../shared/document/fileSchema';
import { numberDocument } from '../../shared/document/numbering';
import { schema } from '../../shared/schema';
import { generatePlan } from './generatePlan';

/** A commented stretch of one paragraph, in words (`to` exclusive; past the end means to the end). */
interface WordRange {
  from: number;
  to: number;
  thread: string;
}

const people = [
  { name: 'Amina Diallo', initials: 'AD', organization: 'UNDP' },
  { name: 'Ben Ode', initials: 'BO', organization: 'ILO' },
  { name: 'Chen Wei', initials: 'CW', organization: 'UNCTAD' },
];

/** Character offsets where each word of a text starts, plus the text's length at the end. */
function wordStarts(text: string): number[] {
  const starts = [...text.matchAll(/\S+/g)].map((m) => m.index);
  return [...starts, text.length];
}

/** A paragraph whose single text node is split so each commented stretch carries its marks. */
function withComments(para: Node, ranges: WordRange[]): Node {
  const text = para.textContent;
  const starts = wordStarts(text);
  const at = (word: number) => starts[Math.min(word, starts.length - 1)] ?? text.length;
  const spans = ranges.map((r) => ({ from: at(r.from), to: at(r.to), thread: r.thread }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.from, s.to])])].sort(
    (a, b) => a - b,
  );
  const pieces: Node[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const marks: Mark[] = spans
      .filter((s) => s.from <= from && s.to >= to)
      .map((s) => schema.marks.comment.create({ id: s.thread }));
    if (to > from) pieces.push(schema.text(text.slice(from, to), marks));
  }
  return para.type.create(para.attrs, pieces);
}

function threadFor(id: string, blockId: string, n: number): Thread {
  const time = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 9, minutes)).toISOString();
  return {
    id,
    status: n % 7 === 0 ? 'resolved' : 'open',
    quote: '',
    blockId,
    section: '',
    comments: [
      {
        id: `${id}-c`,
        author: people[n % 3]!,
        time: time(n % 60),
        text: `Please check this (${n}).`,
      },
      { id: `${id}-r`, author: people[(n + 1) % 3]!, time: time((n + 7) % 60), text: 'Agreed.' },
    ],
    ...(n % 7 === 0 ? { resolvedBy: people[n % 3]!, resolvedAt: time(59) } : {}),
  };
}

/**
 * The 300-page plan with 1,000 comment threads, each with a reply, over 1,000 numbered
 * paragraphs taken in pairs. Every fifth pair's first thread runs from late in its paragraph
 * into the next one and overlaps that paragraph's own thread.
 */
export function commentedPlan(threads = 1000): { doc: Node; file: AccordFile } {
  const plan = generatePlan();
  const numbered: number[] = [];
  plan.forEach((child, _offset, index) => {
    if (child.type.name === 'numbered_paragraph') numbered.push(index);
  });
  const ranges = new Map<number, WordRange[]>();
  const list: Thread[] = [];
  const add = (index: number, range: WordRange) => {
    ranges.set(index, [...(ranges.get(index) ?? []), range]);
  };
  for (let pair = 0; pair * 2 < threads; pair++) {
    const first = numbered[pair * 5];
    const second = numbered[pair * 5 + 1];
    if (first === undefined || second === undefined) throw new RangeError('plan too short');
    const a = `t${pair * 2}`;
    const b = `t${pair * 2 + 1}`;
    if (pair % 5 === 0) {
      add(first, { from: 40, to: Number.MAX_SAFE_INTEGER, thread: a });
      add(second, { from: 0, to: 6, thread: a });
    } else {
      add(first, { from: 2, to: 9, thread: a });
    }
    add(second, { from: 2, to: 9, thread: b });
    list.push(threadFor(a, String(plan.child(first).attrs.id), pair * 2));
    list.push(threadFor(b, String(plan.child(second).attrs.id), pair * 2 + 1));
  }
  const children: Node[] = [];
  plan.forEach((child, _offset, index) => {
    const here = ranges.get(index);
    children.push(here ? withComments(child, here) : child);
  });
  const doc = plan.type.create(plan.attrs, children);
  const file = newAccordFile(doc);
  file.comments = list;
  return { doc, file };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#+\-!|~^$]/g, '\\$&');
}

function quoteAttr(text: string): string {
  return text.replace(/["\\]/g, ' ');
}

/**
 * The same content as pandoc Markdown: headings, numbered paragraphs with their labels, action
 * records as pipe tables, and every comment and reply as pandoc's comment-start/comment-end
 * spans (the form pandoc's own docx reader produces and its writer turns into Word comments).
 */
export function planMarkdown(doc: Node, file: AccordFile): string {
  const threads = new Map(file.comments.map((t) => [t.id, t]));
  const labels = numberDocument(doc);
  const opening = (id: string) =>
    (threads.get(id)?.comments ?? [])
      .map(
        (c, i) =>
          `[${escapeMarkdown(c.text)}]{.comment-start id="${id}-${i}" author="${quoteAttr(c.author.name)}" date="${c.time}"}`,
      )
      .join('');
  const closing = (id: string) =>
    (threads.get(id)?.comments ?? []).map((_c, i) => `[]{.comment-end id="${id}-${i}"}`).join('');
  // A thread may run across paragraphs: it opens at its first text and closes after its last.
  const last = new Map<string, number>();
  doc.descendants((node, pos) => {
    for (const m of node.marks) if (m.type.name === 'comment') last.set(String(m.attrs.id), pos);
  });
  const started = new Set<string>();
  const inline = (block: Node, start: number): string => {
    let out = '';
    block.forEach((child, offset) => {
      const ids = child.marks
        .filter((m) => m.type.name === 'comment')
        .map((m) => String(m.attrs.id));
      for (const id of ids) {
        if (!started.has(id)) out += opening(id);
        started.add(id);
      }
      out += escapeMarkdown(child.text ?? '');
      for (const id of ids) if (last.get(id) === start + offset) out += closing(id);
    });
    return out;
  };
  const out: string[] = [];
  doc.forEach((block, offset, index) => {
    const label = labels[index];
    const start = offset + 1;
    switch (block.type.name) {
      case 'heading':
        out.push(
          `${'#'.repeat(Number(block.attrs.level))} ${label ? `${label} ` : ''}${inline(block, start)}`,
        );
        break;
      case 'numbered_paragraph':
        out.push(
          `${label ? escapeMarkdown(label).replace(/[.()]/g, '\\$&') + ' ' : ''}${inline(block, start)}`,
        );
        break;
      case 'action_record': {
        const rows = ['| Field | Value |', '|---|---|'];
        block.forEach((field) =>
          rows.push(`| ${String(field.attrs.field)} | ${escapeMarkdown(field.textContent)} |`),
        );
        out.push(rows.join('\n'));
        break;
      }
      default:
        block.forEach((child, childOffset) =>
          out.push(
            child.isTextblock
              ? inline(child, start + childOffset + 1)
              : escapeMarkdown(child.textContent),
          ),
        );
    }
  });
  return `${out.join('\n\n')}\n`;
}
