// Versions and comparison figures on the generated 300-page plan (part of `npm run bench`).
import type { Node } from 'prosemirror-model';
import { performance } from 'node:perf_hooks';
import { compareDocuments } from '../../shared/diff';
import { newAccordFile } from '../../shared/document/create';
import type { AccordFile } from '../../shared/document/fileSchema';
import { serializeAccordFile } from '../../shared/document/load';
import { schema } from '../../shared/schema';
import { loadVersion, pruneUnusedBlocks, saveVersion } from '../../shared/versions';
import { generatePlan } from './generatePlan';
import { line, ms, percentile } from './stats';

const author = { name: 'Bench', initials: 'B', organization: 'Accord' };
const meta = { author, time: '2025-03-14T09:00:00.000Z' };

/** A deterministic pseudo-random sequence, so every run edits the same places. */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function blocksOf(doc: Node): Node[] {
  const out: Node[] = [];
  doc.forEach((child) => out.push(child));
  return out;
}

/** Indexes of the numbered paragraphs: the blocks edits touch, as drafters mostly do. */
function paragraphs(blocks: readonly Node[]): number[] {
  return blocks.flatMap((b, i) => (b.type.name === 'numbered_paragraph' ? [i] : []));
}

/** A paragraph reworded: one word replaced and a clause added, same id. */
function reword(block: Node, tag: string): Node {
  const words = block.textContent.split(' ');
  words[Math.floor(words.length / 2)] = `revised-${tag}`;
  return block.type.create(block.attrs, schema.text(`${words.join(' ')} (as agreed ${tag})`));
}

/**
 * `count` edits spread over the document: about three quarters rewordings, the rest new,
 * deleted and moved paragraphs. Unedited blocks stay the same node objects, as in the editor.
 */
export function editDocument(doc: Node, count: number, seed: number): Node {
  const rand = sequence(seed);
  const blocks = blocksOf(doc);
  for (let n = 0; n < count; n++) {
    const targets = paragraphs(blocks);
    const at = targets[Math.floor(rand() * targets.length)]!;
    const kind = n % 20;
    if (kind < 15) blocks[at] = reword(blocks[at]!, `${seed}-${n}`);
    else if (kind < 17) {
      const id = `bench-${seed}-${n}`;
      blocks.splice(
        at,
        0,
        schema.nodes.numbered_paragraph.create({ id }, schema.text(`New ${id}.`)),
      );
    } else if (kind < 19) blocks.splice(at, 1);
    else {
      const to = targets[Math.floor(rand() * targets.length)]!;
      blocks.splice(to, 0, ...blocks.splice(at, 1));
    }
  }
  return doc.type.create(doc.attrs, blocks);
}

/** About 1% of the top-level blocks reworded. */
function onePercent(doc: Node, seed: number): Node {
  const rand = sequence(seed);
  const blocks = blocksOf(doc);
  const targets = paragraphs(blocks);
  for (let k = 0; k < Math.round(blocks.length / 100); k++) {
    const at = targets[Math.floor(rand() * targets.length)]!;
    blocks[at] = reword(blocks[at]!, `${seed}-${k}`);
  }
  return doc.type.create(doc.attrs, blocks);
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

function save(file: AccordFile, doc: Node, name: string, minute: number) {
  return saveVersion(file, doc, {
    name,
    note: '',
    author,
    reason: 'manual',
    now: new Date(Date.UTC(2025, 2, 14, 9, minute)),
  });
}

function unwrap(result: ReturnType<typeof loadVersion>): Node {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Comparing two versions 200 edits apart, read back from the file as the app reads them. */
function compareFigures(base: Node): string[] {
  const edited = editDocument(base, 200, 11);
  let file = save(newAccordFile(base), base, 'Before', 0).file;
  file = save(file, edited, 'After', 1).file;
  const text = serializeAccordFile(file);
  const compare: number[] = [];
  const withDraft: number[] = [];
  const fromFile: number[] = [];
  let changes = 0;
  // Two warm-up runs first, as the app has run a while before anyone compares.
  for (let i = -2; i < 10; i++) {
    const fresh = JSON.parse(text) as AccordFile;
    const [a, b] = fresh.versions.list;
    const loaded = time(() => [
      unwrap(loadVersion(fresh, a!.id)),
      unwrap(loadVersion(fresh, b!.id)),
    ]);
    const [older, newer] = loaded.value as [Node, Node];
    const compared = time(() => compareDocuments(older, newer, meta));
    // The draft in the editor shares no node objects with the stored versions.
    const draft = schema.nodeFromJSON(edited.toJSON());
    const againstDraft = time(() => compareDocuments(older, draft, meta));
    if (i < 0) continue;
    compare.push(compared.ms);
    fromFile.push(loaded.ms + compared.ms);
    withDraft.push(againstDraft.ms);
    changes = compared.value.changes.length;
  }
  const p50 = percentile(compare, 50);
  return [
    line('compare 2 versions, 200 edits apart, p50', ms(p50), {
      text: '≤ 100 ms',
      met: p50 <= 100,
    }),
    line('  same, p95 (10 runs)', ms(percentile(compare, 95))),
    line('  changes found', String(changes)),
    line('  reading both from the file + compare, p50', ms(percentile(fromFile, 50))),
    line('compare a version with the draft, p50', ms(percentile(withDraft, 50))),
  ];
}

/** Saving a version after about 1% change, 20 times, as the session does (no disk write). */
function saveFigures(base: Node): string[] {
  let file = JSON.parse(
    serializeAccordFile(save(newAccordFile(base), base, 'Start', 0).file),
  ) as AccordFile;
  // The editor's document is read from the file: none of its nodes has been hashed yet.
  let doc = schema.nodeFromJSON(base.toJSON());
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    doc = onePercent(doc, 100 + i);
    const saved = time(() => save(file, doc, `Version ${i}`, i + 1));
    times.push(saved.ms);
    file = saved.value.file;
  }
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  return [
    line('save version p50 / p95 (20 saves, 1% edits)', `${ms(p50)} / ${ms(p95)}`, {
      text: '≤ 50 ms',
      met: p50 <= 50 && p95 <= 50,
    }),
    line('  first save after opening (hashes all)', ms(times[0] ?? Number.NaN)),
  ];
}

/** The file's size after 200 versions with about 1% change each. */
function sizeFigures(base: Node): string[] {
  let doc = base;
  let file = newAccordFile(base);
  for (let v = 0; v < 200; v++) {
    if (v > 0) doc = onePercent(doc, 1000 + v);
    file = save(file, doc, `Version ${v}`, v).file;
  }
  file = pruneUnusedBlocks({ ...file, doc: doc.toJSON() as Record<string, unknown> });
  const oneCopy = JSON.stringify(doc.toJSON()).length;
  const store = JSON.stringify(file.versions).length;
  const whole = serializeAccordFile(file).length;
  const plain = serializeAccordFile(newAccordFile(doc)).length;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  return [
    line(
      'size, 200 versions of 1% change: versions',
      `${mb(store)} = ${(store / oneCopy).toFixed(2)}x one copy`,
      {
        text: '≤ 2x',
        met: store <= 2 * oneCopy,
      },
    ),
    line(
      '  whole file, with the draft',
      `${mb(whole)} = ${(whole / plain).toFixed(2)}x the file without versions`,
    ),
  ];
}

/** Runs the versions figures and returns the report lines (a heading first). */
export function runVersionsBench(): Promise<string[]> {
  const base = generatePlan();
  return Promise.resolve([
    '',
    `Versions and comparison (300-page plan, ${base.childCount} top-level blocks)`,
    ...compareFigures(base),
    ...saveFigures(base),
    ...sizeFigures(base),
  ]);
}
