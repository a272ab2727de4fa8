import fc from 'fast-check';
import { undo } from 'prosemirror-history';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { canSplit } from 'prosemirror-transform';
import type { DecorationSet } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { rangesOf } from '../../../../shared/comments';
import { activeThread } from '../../../../renderer/editor/plugins/comments';
import { doc, h, np, t } from '../../shared/comments/build';
import { cursorAt, stateOf } from './editorState';

type Op =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'split'; at: number }
  | { kind: 'cursor'; at: number }
  | { kind: 'undo' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    at: fc.nat(),
    text: fc.constantFrom('x', 'yz', ' '),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cursor' as const), at: fc.nat() }),
  fc.constant({ kind: 'undo' as const }),
);

/** Positions inside textblocks, where text can go. */
function textPositions(state: EditorState): number[] {
  const out: number[] = [];
  state.doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (let i = 0; i <= node.content.size; i++) out.push(pos + 1 + i);
    return false;
  });
  return out;
}

function applyOp(state: EditorState, o: Op): EditorState {
  const spots = textPositions(state);
  const at = spots[('at' in o ? o.at : 0) % spots.length] ?? 1;
  switch (o.kind) {
    case 'type':
      return state.apply(state.tr.insertText(o.text, at));
    case 'delete': {
      const to = Math.min(at + o.length, state.doc.content.size);
      const $from = state.doc.resolve(at);
      // Keep deletions inside one textblock so the document stays valid without fitting.
      const end = Math.min(to, $from.end());
      return end > at ? state.apply(state.tr.delete(at, end)) : state;
    }
    case 'split':
      return canSplit(state.doc, at) && state.doc.resolve(at).parent.type.name !== 'heading'
        ? state.apply(state.tr.split(at))
        : state;
    case 'cursor':
      return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
    case 'undo': {
      let next = state;
      undo(state, (tr) => (next = state.apply(tr)));
      return next;
    }
  }
}

function covered(ranges: readonly { from: number; to: number }[]): number[] {
  const out = new Set<number>();
  for (const r of ranges) for (let p = r.from; p < r.to; p++) out.add(p);
  return [...out].sort((a, b) => a - b);
}

function activeDecorations(state: EditorState) {
  const plugin = state.plugins[0];
  const set = plugin?.props.decorations?.call(plugin, state) as DecorationSet | null | undefined;
  return (set?.find() ?? []).filter((d) => (d.spec as { kind: string }).kind === 'active');
}

describe('the active highlight', () => {
  it('always covers exactly the focused thread’s marked text, whatever the edits', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        let state = cursorAt(
          stateOf(
            doc(
              h('h1', 1, t('Heading')),
              np('p1', t('one '), t('two three', 'a'), t(' four '), t('five', 'a', 'b')),
              np('p2', t('six', 'b'), t(' seven '), t('eight', 'a')),
            ),
          ),
          'three',
          1,
        );
        for (const o of ops) {
          state = applyOp(state, o);
          const active = activeThread(state);
          const expected = active === null ? [] : covered(rangesOf(state.doc, active));
          expect(covered(activeDecorations(state))).toEqual(expected);
        }
      }),
      { numRuns: 200, seed: 20250301 },
    );
  });
});
