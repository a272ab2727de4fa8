import { Fragment, type Node } from 'prosemirror-model';
import { canSplit, Transform, type StepMap } from 'prosemirror-transform';
import { FORMAT_MARKS } from '../changes/changeMarks';
import type { Op } from './context';

type Local = Extract<Op, { kind: 'mark' | 'format' | 'insert' | 'anchor' }>;
type Global = Exclude<Op, Local>;

const isLocal = (op: Op): op is Local =>
  op.kind === 'mark' || op.kind === 'format' || op.kind === 'insert' || op.kind === 'anchor';

/** Applies one text op to a transform whose positions it has already been mapped into. */
function applyLocal(tr: Transform, op: Local, map: (pos: number, assoc: 1 | -1) => number): void {
  const schema = tr.doc.type.schema;
  switch (op.kind) {
    case 'insert':
      tr.insert(map(op.at, 1), op.nodes);
      return;
    case 'anchor': {
      const from = map(op.from, -1);
      const to = map(op.to, 1);
      if (to > from) tr.addMark(from, to, schema.marks.comment!.create({ id: op.id }));
      return;
    }
    case 'mark':
    case 'format': {
      const from = map(op.from, 1);
      const to = map(op.to, -1);
      if (to <= from) return;
      if (op.kind === 'mark') {
        tr.addMark(from, to, op.mark);
        return;
      }
      for (const name of FORMAT_MARKS) {
        const type = schema.marks[name];
        if (type) tr.removeMark(from, to, type);
      }
      for (const mark of op.marks) tr.addMark(from, to, mark);
    }
  }
}

/** Applies the structural ops (splits, block changes and formats) in order; returns failures. */
function applyGlobal(tr: Transform, ops: readonly Global[]): string[] {
  const failures: string[] = [];
  const nodeWithId = (pos: number, id: string): number | null => {
    const result = tr.mapping.mapResult(pos, 1);
    if (result.deletedAfter) return null;
    return tr.doc.nodeAt(result.pos)?.attrs.id === id ? result.pos : null;
  };
  for (const op of ops) {
    const before = tr.steps.length;
    if (op.kind === 'split') {
      const pos = tr.mapping.map(op.at, 1);
      if (canSplit(tr.doc, pos, op.types.length, op.types))
        tr.split(pos, op.types.length, op.types);
      else failures.push(op.failure);
    } else if (op.kind === 'change') {
      const pos = nodeWithId(op.pos, op.id);
      if (pos !== null) tr.setNodeAttribute(pos, 'change', op.change);
    } else {
      const pos = nodeWithId(op.pos, op.id);
      try {
        if (pos === null) throw new RangeError('gone');
        tr.setNodeMarkup(pos, op.type, op.attrs);
      } catch {
        failures.push(op.failure);
      }
    }
    // Remember which op each step came from, for mapping the text ops around it.
    for (let i = before; i < tr.steps.length; i++) owners.set(tr.steps[i]!, ops.indexOf(op));
  }
  return failures;
}

const owners = new WeakMap<object, number>();

/**
 * Applies ops (positions in `doc` before any edit) and returns the new document. Structural ops
 * go first on the whole document; the text ops, far more numerous, are then applied one
 * top-level block at a time and the document rebuilt once, so a thousand suggestions in a
 * 300-page plan cost little. Text ops keep their order relative to structural ones at the same
 * place: each is mapped past a structural edit made before it and in front of one made after.
 */
export function applyOps(doc: Node, ops: readonly Op[]): { doc: Node; failures: string[] } {
  const globals: Global[] = [];
  const order = new Map<Op, number>();
  ops.forEach((op, i) => {
    order.set(op, i);
    if (!isLocal(op)) globals.push(op);
  });
  const tr = new Transform(doc);
  const failures = applyGlobal(tr, globals);
  const maps: { map: StepMap; index: number }[] = tr.steps.map((step, i) => ({
    map: tr.mapping.maps[i]!,
    index: order.get(globals[owners.get(step) ?? 0]!) ?? 0,
  }));
  const mapper = (index: number) => (pos: number, assoc: 1 | -1) => {
    let at = pos;
    for (const m of maps) at = m.map.map(at, m.index < index ? assoc : -1);
    return at;
  };
  const byBlock = new Map<number, { op: Local; index: number }[]>();
  const leftover: { op: Local; index: number }[] = [];
  const starts: number[] = [];
  tr.doc.forEach((_child, offset) => starts.push(offset));
  const blockAt = (pos: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  ops.forEach((op, index) => {
    if (!isLocal(op)) return;
    const map = mapper(index);
    const from = op.kind === 'insert' ? map(op.at, 1) : map(op.from, 1);
    const to = op.kind === 'insert' ? from : map(op.to, -1);
    const block = blockAt(from);
    const child = tr.doc.child(block);
    const start = starts[block]!;
    if (from > start && to < start + child.nodeSize) {
      const list = byBlock.get(block) ?? [];
      list.push({ op, index });
      byBlock.set(block, list);
    } else leftover.push({ op, index });
  });
  const children: Node[] = [];
  const subs = new Map<number, Transform>();
  tr.doc.forEach((child, offset, i) => {
    const list = byBlock.get(i);
    if (!list) {
      children.push(child);
      return;
    }
    // The block as the root of its own transform: its content starts at 0.
    const sub = new Transform(child);
    for (const { op, index } of list) {
      const map = mapper(index);
      applyLocal(sub, op, (pos, assoc) => sub.mapping.map(map(pos, assoc) - offset - 1, assoc));
    }
    subs.set(i, sub);
    children.push(sub.doc);
  });
  let out = byBlock.size ? tr.doc.copy(Fragment.fromArray(children)) : tr.doc;
  if (leftover.length) {
    // Rare: ops between or across top-level blocks, mapped past the rebuilt blocks.
    const newStarts: number[] = [];
    out.forEach((_child, offset) => newStarts.push(offset));
    const throughBlocks = (pos: number, assoc: 1 | -1) => {
      const i = blockAt(pos);
      const start = starts[i]!;
      const sub = subs.get(i);
      if (pos === start || !sub) return newStarts[i]! + (pos - start);
      return newStarts[i]! + 1 + sub.mapping.map(pos - start - 1, assoc);
    };
    const rest = new Transform(out);
    for (const { op, index } of leftover) {
      const map = mapper(index);
      applyLocal(rest, op, (pos, assoc) =>
        rest.mapping.map(throughBlocks(map(pos, assoc), assoc), assoc),
      );
    }
    out = rest.doc;
  }
  return { doc: out, failures };
}
