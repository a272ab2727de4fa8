// @vitest-environment happy-dom
import fc from 'fast-check';
import type { EditorState } from 'prosemirror-state';
import { canJoin } from 'prosemirror-transform';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { numberDocument } from '../../../../shared/document/numbering';
import { changeParagraphLevel } from '../../../../renderer/editor/commands/blocks';
import { moveSection } from '../../../../renderer/editor/commands/sections';
import { numberingLabels } from '../../../../renderer/editor/plugins/numbering';
import { action, apply, cursorAt, doc, h, p, plain, posOf, runCommand, stateOf } from './build';

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

/**
 * The labels the document shows (data-label of each top-level element), after moving one view
 * to this state: successive calls exercise the plugin's incremental updates of the DOM.
 */
function shownLabels(state: EditorState): (string | null)[] {
  if (view?.state.plugins === state.plugins) view.updateState(state);
  else {
    view?.destroy();
    view = new EditorView(document.createElement('div'), { state });
  }
  return [...view.dom.children].map((element) => element.getAttribute('data-label'));
}

const sample = () =>
  doc(
    h(1, 'Intro', 'h1'),
    p('one', 'p1'),
    p('two', 'p2'),
    h(1, 'Areas', 'h2'),
    h(2, 'Policy', 'a1'),
    action('act', 'r1'),
    p('three', 'p3'),
  );

describe('numbering plugin', () => {
  it('numbers headings, paragraphs and action records as numberDocument does', () => {
    const state = stateOf(sample());
    expect(numberingLabels(state)).toEqual(numberDocument(state.doc));
    expect(shownLabels(state)).toEqual([null, 'I.', '1.', '2.', 'II.', 'A.', 'A.1', '3.']);
  });

  it('renumbers every later paragraph when one is inserted', () => {
    const state = stateOf(sample());
    const inserted = apply(state, (tr) => tr.insert(posOf(state.doc, 'one') - 1, p('zero')));
    expect(shownLabels(inserted)).toEqual([null, 'I.', '1.', '2.', '3.', 'II.', 'A.', 'A.1', '4.']);
  });

  it('renumbers when a paragraph is deleted', () => {
    const state = stateOf(sample());
    const start = posOf(state.doc, 'one') - 1;
    const deleted = apply(state, (tr) => tr.delete(start, start + state.doc.child(2).nodeSize));
    expect(shownLabels(deleted)).toEqual([null, 'I.', '1.', 'II.', 'A.', 'A.1', '2.']);
  });

  it('renumbers when a section moves', () => {
    const state = stateOf(sample());
    const moved = runCommand(state, moveSection('h2', 'up'))!;
    expect(shownLabels(moved)).toEqual([null, 'I.', 'A.', 'A.1', '1.', 'II.', '2.', '3.']);
  });

  it('renumbers when a paragraph changes level', () => {
    const state = cursorAt(stateOf(sample()), 'two');
    const deeper = runCommand(state, changeParagraphLevel(1))!;
    expect(shownLabels(deeper)).toEqual([null, 'I.', '1.', '(a)', 'II.', 'A.', 'A.1', '2.']);
  });

  it('renumbers when a paragraph is split in two and joined again', () => {
    const state = stateOf(sample());
    const split = apply(state, (tr) => tr.split(posOf(state.doc, 'wo')));
    expect(shownLabels(split)).toEqual([null, 'I.', '1.', '2.', '3.', 'II.', 'A.', 'A.1', '4.']);
    const joined = apply(split, (tr) => tr.join(posOf(split.doc, 'wo') - 1));
    expect(shownLabels(joined)).toEqual(shownLabels(state));
  });

  it('renumbers when a heading becomes an unnumbered annex heading', () => {
    const state = stateOf(sample());
    const annex = apply(state, (tr) =>
      tr.setNodeAttribute(posOf(state.doc, 'Intro') - 1, 'numbered', false),
    );
    expect(shownLabels(annex)).toEqual([null, null, '1.', '2.', 'I.', 'A.', 'A.1', '3.']);
  });

  it('does not count plain paragraphs or the summary', () => {
    const state = stateOf(doc(p('a'), plain('b'), p('c')));
    expect(shownLabels(state)).toEqual([null, '1.', null, '2.']);
  });

  it('keeps its labels as they are while typing inside blocks', () => {
    const state = stateOf(sample());
    const typed = apply(state, (tr) => tr.insertText('x', posOf(state.doc, 'two')));
    expect(numberingLabels(typed)).toBe(numberingLabels(state));
    expect(shownLabels(typed)).toEqual(shownLabels(state));
    const retitled = apply(typed, (tr) => tr.insertText('New ', posOf(typed.doc, 'Areas')));
    expect(numberingLabels(retitled)).toBe(numberingLabels(state));
  });

  it('agrees with a full renumbering after any sequence of structural edits', () => {
    const block = fc.oneof(
      fc.integer({ min: 1, max: 3 }).map((level) => h(level, 'h')),
      fc.integer({ min: 0, max: 2 }).map((level) => p('p', null, level)),
      fc.constant(action('a')),
      fc.constant(plain('x')),
    );
    const edit = fc.record({
      kind: fc.constantFrom('insert', 'delete', 'type', 'move', 'level', 'split', 'join'),
      at: fc.nat(),
      block,
    });
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 12 }),
        fc.array(edit, { maxLength: 10 }),
        (blocks, edits) => {
          let state = stateOf(doc(...blocks));
          for (const e of edits) {
            const count = state.doc.childCount;
            const index = 1 + (e.at % (count - 1));
            let pos = 0;
            for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
            const node = state.doc.child(index);
            if (e.kind === 'insert') state = apply(state, (tr) => tr.insert(pos, e.block));
            else if (e.kind === 'delete' && count > 2)
              state = apply(state, (tr) => tr.delete(pos, pos + node.nodeSize));
            else if (e.kind === 'move' && count > 2) {
              // Two steps: out of its place, then to the top (or, for the first block, the end).
              const top = state.doc.child(0).nodeSize;
              state = apply(state, (tr) =>
                tr
                  .delete(pos, pos + node.nodeSize)
                  .insert(index === 1 ? tr.doc.content.size : top, node),
              );
            } else if (e.kind === 'split' && node.isTextblock)
              state = apply(state, (tr) => tr.split(pos + 1 + node.content.size));
            else if (e.kind === 'join' && canJoin(state.doc, pos + node.nodeSize))
              state = apply(state, (tr) => tr.join(pos + node.nodeSize));
            else if (e.kind === 'level' && node.attrs.level !== undefined)
              state = apply(state, (tr) =>
                tr.setNodeAttribute(
                  pos,
                  'level',
                  node.type.name === 'heading' ? 1 + (e.at % 3) : e.at % 3,
                ),
              );
            else if (node.isTextblock) state = apply(state, (tr) => tr.insertText('t', pos + 1));
            expect(numberingLabels(state)).toEqual(numberDocument(state.doc));
            expect(shownLabels(state)).toEqual(numberDocument(state.doc));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
