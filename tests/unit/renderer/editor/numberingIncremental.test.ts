import type { Node } from 'prosemirror-model';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as numbering from '../../../../shared/document/numbering';
import { numberingLabels } from '../../../../renderer/editor/plugins/numbering';
import { action, apply, doc, h, p, posOf, stateOf } from './build';

// Count how many blocks the plugin numbers, with the real numbering underneath.
vi.mock('../../../../shared/document/numbering', async (importOriginal) => {
  const actual = await importOriginal<typeof numbering>();
  return {
    ...actual,
    numberBlock: vi.fn((state: numbering.NumberingState, node: Node) =>
      actual.numberBlock(state, node),
    ),
  };
});

const numberBlock = vi.mocked(numbering.numberBlock);

function longDocument() {
  const blocks = [h(1, 'Intro', 'intro')];
  for (let i = 0; i < 40; i++) blocks.push(p(`para ${i}`, `p${i}`));
  blocks.push(h(1, 'Areas', 'areas'), h(2, 'Policy', 'policy'), action('act', 'r1'));
  blocks.push(h(2, 'Statistics', 'stats'), action('act2', 'r2'));
  return doc(...blocks);
}

describe('numbering plugin, incrementally', () => {
  beforeEach(() => {
    numberBlock.mockClear();
  });

  it('numbers nothing while typing inside a block', () => {
    const state = stateOf(longDocument());
    numberBlock.mockClear();
    apply(state, (tr) => tr.insertText('x', posOf(state.doc, 'para 20')));
    expect(numberBlock).not.toHaveBeenCalled();
  });

  it('renumbers only from the first changed block onward', () => {
    const state = stateOf(longDocument());
    const count = state.doc.childCount;
    numberBlock.mockClear();
    const at = posOf(state.doc, 'para 30') - 1;
    const next = apply(state, (tr) => tr.insert(at, p('new')));
    // Blocks 0..31 keep their numbers; from the new paragraph (index 32) on, every block.
    expect(numberBlock).toHaveBeenCalledTimes(count + 1 - 32);
    expect(numberingLabels(next)[32]).toBe('31.');
    expect(numberingLabels(next).at(-1)).toBe('B.1');
  });

  it('stops renumbering once the counters match the old ones again', () => {
    const state = stateOf(longDocument());
    numberBlock.mockClear();
    // A second action under Policy changes A.x only; Statistics and B.1 follow unchanged.
    const at = posOf(state.doc, 'Statistics') - 1;
    const next = apply(state, (tr) => tr.insert(at, action('another')));
    expect(numberBlock).toHaveBeenCalledTimes(2);
    expect(numberingLabels(next).slice(-4)).toEqual(['A.1', 'A.2', 'B.', 'B.1']);
  });
});
