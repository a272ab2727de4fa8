import { Fragment, type Mark, type Node } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import { blockChangeOf, type BlockChange } from './blockChange';
import { authorshipOf, changeMarksOf, type ChangeFilter } from './changeMarks';
import { restoreFormat } from './format';
import { boundaryBefore } from './boundary';

/** Accept keeps what a change proposes; reject keeps what was there before. */
export type Decision = 'accept' | 'reject';

/** Nodes that are never removed whole: table geometry and record and masthead fields are fixed. */
const PROTECTED = new Set([
  'table_cell',
  'table_header',
  'action_field',
  'masthead',
  'masthead_field',
]);

interface Range {
  from: number;
  to: number;
}

interface Visit {
  /** Every inline content inside goes away (true for none). */
  all: boolean;
  /** The whole node goes away. */
  whole: boolean;
}

/**
 * Works out what resolving the chosen changes does to a document, as plain lists of edits in
 * the document's positions, then applies them: marks and attributes first (they move nothing),
 * then removals and unwrappings from the end backwards.
 */
class Resolver {
  private readonly unmarks: { from: number; to: number; mark: Mark }[] = [];
  private readonly clears: number[] = [];
  private readonly restores: { pos: number; change: BlockChange }[] = [];
  private readonly unwraps: { pos: number; id: string }[] = [];
  private readonly removals: Range[] = [];
  /** Where nodes removed whole start, so a join after one reaches the block before it. */
  private readonly gone = new Set<number>();
  private readonly removeKind: 'insert' | 'delete';
  private bodyAllGone = false;

  constructor(
    private readonly doc: Node,
    private readonly filter: ChangeFilter,
    private readonly decision: Decision,
  ) {
    this.removeKind = decision === 'accept' ? 'delete' : 'insert';
  }

  run(tr: Transform): void {
    this.visitDoc();
    for (const u of this.unmarks) tr.removeMark(u.from, u.to, u.mark);
    for (const pos of this.clears) tr.setNodeAttribute(pos, 'change', null);
    for (const r of this.restores) restoreFormat(tr, r.pos, r.change);
    if (this.bodyAllGone) {
      // The document needs a block; leave the empty body paragraph a new document starts with.
      const paragraph = this.doc.type.schema.nodes.numbered_paragraph?.createAndFill();
      if (paragraph) tr.insert(tr.doc.content.size, paragraph);
    }
    const start = tr.steps.length;
    const ops = [
      ...merge(this.removals).map((r) => ({ at: r.from, run: () => this.remove(tr, start, r) })),
      ...this.unwraps.map((u) => ({ at: u.pos, run: () => unwrap(tr, start, u.pos, u.id) })),
    ];
    ops.sort((a, b) => b.at - a.at);
    for (const op of ops) op.run();
  }

  private remove(tr: Transform, start: number, range: Range): void {
    const mapping = tr.mapping.slice(start);
    const from = mapping.map(range.from, 1);
    const to = mapping.map(range.to, -1);
    if (to > from) tr.delete(from, to);
  }

  private visitDoc(): void {
    let body = 0;
    let gone = 0;
    this.doc.forEach((child, offset) => {
      const result = this.visit(child, offset);
      if (child.type.spec.group?.split(' ').includes('block')) {
        body++;
        if (result.whole) gone++;
      }
    });
    this.bodyAllGone = body > 0 && gone === body;
  }

  private chosen(ref: { id: string; kind: BlockChange['kind']; author: string }): boolean {
    return this.filter(ref);
  }

  private visitInline(node: Node, pos: number): Visit {
    let removed = false;
    for (const { kind, mark } of changeMarksOf(node)) {
      const { id, author } = authorshipOf(mark);
      if (!this.chosen({ id, kind, author })) continue;
      if (kind === this.removeKind) removed = true;
      else this.unmarks.push({ from: pos, to: pos + node.nodeSize, mark });
    }
    if (removed) {
      this.removals.push({ from: pos, to: pos + node.nodeSize });
      return { all: true, whole: false };
    }
    // A footnote's own text can carry changes too.
    node.forEach((child, offset) => this.visitInline(child, pos + 1 + offset));
    return { all: false, whole: false };
  }

  private visit(node: Node, pos: number): Visit {
    if (node.isInline) return this.visitInline(node, pos);
    const marks = [this.unmarks.length, this.clears.length, this.restores.length];
    const removals = this.removals.length;
    const unwraps = this.unwraps.length;
    let all = true;
    let allWhole = node.childCount > 0 && !node.inlineContent;
    node.forEach((child, offset) => {
      const r = this.visit(child, pos + 1 + offset);
      all &&= r.all;
      allWhole &&= r.whole;
    });
    const change = blockChangeOf(node);
    const chosen = change !== null && this.chosen(change);
    const goes = chosen && change.kind === this.removeKind;
    const removable = !PROTECTED.has(node.type.name);
    // A block whose text alone was deleted (or typed into an empty block) stays, emptied or
    // empty again, as in Word; only a change on the block itself takes the block away.
    const whole = removable && ((goes && all) || allWhole);
    if (whole) {
      this.unmarks.length = marks[0]!;
      this.clears.length = marks[1]!;
      this.restores.length = marks[2]!;
      this.removals.length = removals;
      this.unwraps.length = unwraps;
      this.removals.push({ from: pos, to: pos + node.nodeSize });
      this.gone.add(pos);
      return { all: true, whole: true };
    }
    if (chosen) this.settle(node, pos, change, goes);
    return { all, whole: false };
  }

  /** What happens to a chosen block change on a block that stays (at least in part). */
  private settle(node: Node, pos: number, change: BlockChange, goes: boolean): void {
    if (goes) {
      // What remains of the block joins the block before it: the break between them goes.
      const boundary = boundaryBefore(this.doc, pos, node, (at) => this.gone.has(at));
      if (boundary) this.removals.push(boundary);
      else this.clears.push(pos);
    } else if (change.kind === 'format' && this.decision === 'reject') {
      if (change.wrapper) this.unwraps.push({ pos, id: change.id });
      else this.restores.push({ pos, change });
    } else {
      this.clears.push(pos);
    }
  }
}

/** Sorted ranges with touching or overlapping ones merged. */
function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}

const LISTS = new Set(['bullet_list', 'ordered_list']);

/** Rejects a wrapping: the wrapper (a new list or quotation) gives way to the blocks it holds. */
function unwrap(tr: Transform, start: number, original: number, id: string): void {
  const result = tr.mapping.slice(start).mapResult(original, 1);
  const node = result.deleted ? null : tr.doc.nodeAt(result.pos);
  if (!node || blockChangeOf(node)?.id !== id) return;
  const pos = result.pos;
  const children: Node[] = [];
  node.forEach((child) => {
    if (LISTS.has(node.type.name)) child.forEach((inner) => children.push(inner));
    else children.push(child);
  });
  const $pos = tr.doc.resolve(pos);
  const index = $pos.index();
  const content = Fragment.from(children);
  if ($pos.parent.canReplace(index, index + 1, content)) {
    tr.replaceWith(pos, pos + node.nodeSize, content);
  } else {
    tr.setNodeAttribute(pos, 'change', null);
  }
}

/**
 * Resolves every change the filter chooses, adding the steps to `tr`. Accepting keeps inserted
 * text and blocks and removes deleted ones; rejecting does the opposite; format changes are kept
 * (accept) or restored (reject). The document stays valid: a block that must hold something
 * keeps an empty paragraph, table cells and record fields stay, and a document never loses its
 * last block.
 */
export function resolveChanges<T extends Transform>(
  tr: T,
  filter: ChangeFilter,
  decision: Decision,
): T {
  new Resolver(tr.doc, filter, decision).run(tr);
  return tr;
}
