import { Slice } from 'prosemirror-model';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import {
  blockPos,
  headingIndex,
  planSectionMove,
  planSectionMoveBefore,
  sectionAround,
  sectionSpan,
} from '../../../shared/document/sections';
import { schema } from '../../../shared/schema';

const { nodes } = schema;
const h = (level: number, id: string) => nodes.heading.create({ level, id }, schema.text(id));
const p = (id: string) => nodes.numbered_paragraph.create({ id }, schema.text(id));
const masthead = nodes.masthead.create(null, nodes.masthead_field.create());

// 0 masthead | 1 I | 2 p1 | 3 A | 4 p2 | 5 B | 6 p3 | 7 II | 8 p4
const plan = nodes.doc.create(null, [
  masthead,
  h(1, 'I'),
  p('p1'),
  h(2, 'A'),
  p('p2'),
  h(2, 'B'),
  p('p3'),
  h(1, 'II'),
  p('p4'),
]);

/** The ids of the top-level blocks after applying a planned move by hand. */
function afterMove(doc: Node, move: { from: number; to: number; insertAt: number }): string[] {
  const moved = doc.slice(move.from, move.to).content;
  const without = doc.replace(move.from, move.to, Slice.empty);
  const at = move.insertAt >= move.to ? move.insertAt - (move.to - move.from) : move.insertAt;
  const result = without.replace(at, at, new Slice(moved, 0, 0));
  const ids: string[] = [];
  result.forEach((child, _o, i) => i > 0 && ids.push(child.attrs.id as string));
  return ids;
}

describe('sections', () => {
  it('finds headings by id', () => {
    expect(headingIndex(plan, 'B')).toBe(5);
    expect(headingIndex(plan, 'p1')).toBe(-1);
    expect(headingIndex(plan, 'missing')).toBe(-1);
  });

  it('spans a heading and everything under it up to the next heading of its level or higher', () => {
    expect(sectionSpan(plan, 1)).toEqual({ start: 1, end: 7, level: 1 });
    expect(sectionSpan(plan, 3)).toEqual({ start: 3, end: 5, level: 2 });
    expect(sectionSpan(plan, 5)).toEqual({ start: 5, end: 7, level: 2 });
    expect(sectionSpan(plan, 7)).toEqual({ start: 7, end: 9, level: 1 });
    expect(() => sectionSpan(plan, 2)).toThrow(RangeError);
  });

  it('finds the innermost section around a block, or none before the first heading', () => {
    expect(sectionAround(plan, 4)).toEqual({ start: 3, end: 5, level: 2 });
    expect(sectionAround(plan, 2)).toEqual({ start: 1, end: 7, level: 1 });
    expect(sectionAround(plan, 0)).toBeNull();
  });

  it('gives block positions and refuses indexes outside the document', () => {
    expect(blockPos(plan, 0)).toBe(0);
    expect(blockPos(plan, 1)).toBe(masthead.nodeSize);
    expect(blockPos(plan, plan.childCount)).toBe(plan.content.size);
    expect(() => blockPos(plan, plan.childCount + 1)).toThrow(RangeError);
  });

  it('moves a section with its children past the previous sibling', () => {
    const move = planSectionMove(plan, 'II', 'up')!;
    expect(afterMove(plan, move)).toEqual(['II', 'p4', 'I', 'p1', 'A', 'p2', 'B', 'p3']);
    expect(afterMove(plan, planSectionMove(plan, 'B', 'up')!)).toEqual([
      'I',
      'p1',
      'B',
      'p3',
      'A',
      'p2',
      'II',
      'p4',
    ]);
  });

  it('moves a section with its children past the next sibling', () => {
    expect(afterMove(plan, planSectionMove(plan, 'I', 'down')!)).toEqual([
      'II',
      'p4',
      'I',
      'p1',
      'A',
      'p2',
      'B',
      'p3',
    ]);
    expect(afterMove(plan, planSectionMove(plan, 'A', 'down')!)).toEqual([
      'I',
      'p1',
      'B',
      'p3',
      'A',
      'p2',
      'II',
      'p4',
    ]);
  });

  it('does not move a section past its parent or out of the document', () => {
    expect(planSectionMove(plan, 'A', 'up')).toBeNull();
    expect(planSectionMove(plan, 'B', 'down')).toBeNull();
    expect(planSectionMove(plan, 'I', 'up')).toBeNull();
    expect(planSectionMove(plan, 'II', 'down')).toBeNull();
    expect(planSectionMove(plan, 'missing', 'up')).toBeNull();
  });

  it('moves a section before any heading or to the end', () => {
    expect(afterMove(plan, planSectionMoveBefore(plan, 'B', 'I')!)).toEqual([
      'B',
      'p3',
      'I',
      'p1',
      'A',
      'p2',
      'II',
      'p4',
    ]);
    expect(afterMove(plan, planSectionMoveBefore(plan, 'A', null)!)).toEqual([
      'I',
      'p1',
      'B',
      'p3',
      'II',
      'p4',
      'A',
      'p2',
    ]);
  });

  it('refuses drops inside the section itself, right where it is, or on unknown headings', () => {
    expect(planSectionMoveBefore(plan, 'I', 'A')).toBeNull();
    expect(planSectionMoveBefore(plan, 'I', 'I')).toBeNull();
    expect(planSectionMoveBefore(plan, 'A', 'B')).toBeNull();
    expect(planSectionMoveBefore(plan, 'II', null)).toBeNull();
    expect(planSectionMoveBefore(plan, 'missing', 'I')).toBeNull();
    expect(planSectionMoveBefore(plan, 'I', 'missing')).toBeNull();
  });
});
