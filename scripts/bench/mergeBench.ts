// Review-merge figures on the generated 300-page plan (part of `npm run bench`): ten returned
// copies, each with 100 new comments and 100 suggestions, imported into a master that was
// edited meanwhile.
import type { Node } from 'prosemirror-model';
import { performance } from 'node:perf_hooks';
import { Transform } from 'prosemirror-transform';
import { newAccordFile } from '../../shared/document/create';
import type { AccordFile, Person, Thread } from '../../shared/document/fileSchema';
import { loadAccordText, serializeAccordFile } from '../../shared/document/load';
import { importReviewCopies, makeReviewCopy, type CopyInput } from '../../shared/review';
import { schema } from '../../shared/schema';
import { generatePlan } from './generatePlan';
import { line, ms } from './stats';
import { editDocument } from './versionsBench';

const COPIES = 10;
const PER_COPY = 100;
const secretariat: Person = { name: 'Secretariat', initials: 'S', organization: 'UNTFSSE' };

/** A deterministic pseudo-random sequence, so every run edits the same places. */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Positions of the numbered paragraphs' text, for placing edits. */
function paragraphStarts(doc: Node): { pos: number; node: Node }[] {
  const out: { pos: number; node: Node }[] = [];
  doc.forEach((child, offset) => {
    if (child.type.name === 'numbered_paragraph' && child.textContent.length > 40) {
      out.push({ pos: offset + 1, node: child });
    }
  });
  return out;
}

/** A word of a paragraph: its start and end within the paragraph's text. */
function wordAt(text: string, rand: () => number): { from: number; to: number } {
  let from = Math.floor(rand() * (text.length - 20));
  while (from > 0 && text[from - 1] !== ' ') from--;
  let to = from;
  while (to < text.length && /[a-z]/i.test(text[to]!)) to++;
  return { from, to: Math.max(to, from + 1) };
}

/** One reviewer's copy: 100 suggested rewordings and 100 comments, spread over the plan. */
function reviewedCopy(base: Node, copy: AccordFile, index: number): CopyInput {
  const rand = sequence(1000 + index);
  const who: Person = {
    name: `Reviewer ${index + 1}`,
    initials: `R${index + 1}`,
    organization: `Agency ${index + 1}`,
  };
  const time = new Date(Date.UTC(2025, 3, 1, 10, index)).toISOString();
  const paragraphs = paragraphStarts(base);
  const picks = new Set<number>();
  while (picks.size < PER_COPY * 2) picks.add(Math.floor(rand() * paragraphs.length));
  const chosen = [...picks].sort((a, b) => b - a);
  const tr = new Transform(base);
  const threads: Thread[] = [...copy.comments];
  chosen.forEach((p, k) => {
    const { pos, node } = paragraphs[p]!;
    const word = wordAt(node.textContent, rand);
    const id = `r${index}-${k}`;
    if (k % 2 === 0) {
      const attrs = { id, author: who.name, organization: who.organization, time };
      tr.addMark(pos + word.from, pos + word.to, schema.marks.deletion.create(attrs));
      tr.insert(pos + word.to, schema.text(` revised${k}`, [schema.marks.insertion.create(attrs)]));
    } else {
      tr.addMark(pos + word.from, pos + word.to, schema.marks.comment.create({ id }));
      threads.push({
        id,
        status: 'open',
        quote: node.textContent.slice(word.from, word.to),
        blockId: String(node.attrs.id),
        section: '',
        comments: [
          { id: `${id}-c`, author: who, time, text: `Comment ${k} from ${who.organization}.` },
        ],
      });
    }
  });
  const file: AccordFile = {
    ...copy,
    doc: tr.doc.toJSON() as Record<string, unknown>,
    comments: threads,
  };
  return { file, doc: tr.doc, name: `copy-${index + 1}.accord` };
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

/** Merges ten copies (100 comments and 100 suggestions each) into the 300-page master. */
export function runMergeBench(): Promise<string[]> {
  const base = generatePlan();
  const made = makeReviewCopy(newAccordFile(base), base, {
    reviewers: ['Members and observers'],
    due: null,
    now: new Date(Date.UTC(2025, 2, 31)),
    author: secretariat,
  });
  if (!made.ok) throw new Error(made.error.message);
  const { master, copy } = made.value;
  const copies = Array.from({ length: COPIES }, (_v, i) => reviewedCopy(base, copy, i));
  const texts = copies.map((c) => serializeAccordFile(c.file));
  // The secretariat kept drafting: 100 edits (rewordings, new, deleted and moved paragraphs).
  const edited = editDocument(base, 100, 5);
  const who = { author: secretariat, now: new Date(Date.UTC(2025, 3, 2)) };
  const runs: number[] = [];
  let last: ReturnType<typeof importReviewCopies> | null = null;
  // One warm-up run first, as the app has run a while before anyone imports.
  for (let i = -1; i < 3; i++) {
    const run = time(() => importReviewCopies(master, edited, copies, who));
    if (i >= 0) runs.push(run.ms);
    last = run.value;
  }
  if (!last?.ok) throw new Error(last?.error.message ?? 'no run');
  const reading = time(() =>
    texts.map((text, i) => {
      const loaded = loadAccordText(text, `copy-${i + 1}.accord`);
      if (!loaded.ok) throw new Error(loaded.error.message);
      return loaded.value;
    }),
  );
  const best = Math.min(...runs);
  const reports = last.value.reports;
  const sum = (pick: (r: (typeof reports)[number]) => number) =>
    reports.reduce((n, r) => n + pick(r), 0);
  return Promise.resolve([
    `\nReview merge: ${COPIES} copies × (${PER_COPY} comments + ${PER_COPY} suggestions) into the 300-page master`,
    line('merge all copies (best of 3)', ms(best), { text: '≤ 2000 ms', met: best <= 2000 }),
    line('reading the 10 copy files (parse, check)', ms(reading.ms)),
    line('read and merge, as Import review does', ms(reading.ms + best)),
    line(
      'merged: threads / suggestions / conflicts',
      `${sum((r) => r.threads)} / ${sum((r) => r.suggestions)} / ${sum((r) => r.conflicts.length)}`,
    ),
  ]);
}
