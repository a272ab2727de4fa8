// @vitest-environment happy-dom
import { TextSelection } from 'prosemirror-state';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { listChanges } from '../../../../shared/changes';
import { ChangeActions } from '../../../../renderer/components/ChangeActions';
import type { EditorHandle } from '../../../../renderer/editor/handle';
import { ChangeAtCursor, changeAt } from '../../../../renderer/panels/changes/changeAtCursor';
import { click, getByRole, render } from '../components/render';
import { change, changed, del, doc, ins, np } from '../../shared/changes/build';
import { afterTest, mountInPage, unmountAll } from './mount';
import { posOf, runs } from './setup';

afterEach(unmountAll);

const sample = () =>
  doc(
    np('a', 'Keep ', ins('added', 'i1', 'Ana'), ' and ', del('old', 'd1', 'Ben'), ' end'),
    changed(np('b', 'Whole block'), change('insert', 'b1', 'Ben')),
  );

const mount = () => mountInPage(sample());

function putCursor(editor: EditorHandle, text: string, offset = 1): void {
  const { view } = editor;
  const pos = posOf(view.state.doc, text, offset);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
}

describe('changeAt', () => {
  it('finds the insertion, deletion or changed block at a position, with kind and author', () => {
    const d = sample();
    expect(changeAt(d, posOf(d, 'added', 2))).toMatchObject({ id: 'i1', kind: 'insert' });
    expect(changeAt(d, posOf(d, 'old', 1))).toMatchObject({
      id: 'd1',
      kind: 'delete',
      author: 'Ben',
    });
    expect(changeAt(d, posOf(d, 'Whole', 2))).toMatchObject({ id: 'b1', kind: 'insert' });
    expect(changeAt(d, posOf(d, 'Keep', 1))).toBeNull();
  });
});

describe('ChangeAtCursor', () => {
  it('names the change the cursor moves into, and nothing while the document changes', () => {
    const editor = mount();
    const store = new ChangeAtCursor(editor);
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    putCursor(editor, 'added', 2);
    expect(store.snapshot).toMatchObject({ id: 'i1', kind: 'insert', author: 'Ana' });
    putCursor(editor, 'added', 2);
    expect(heard).toBe(1);
    editor.view.dispatch(editor.view.state.tr.insertText('x'));
    expect(store.snapshot).toBeNull();
    putCursor(editor, 'Keep', 1);
    expect(store.snapshot).toBeNull();
    putCursor(editor, 'old', 1);
    expect(store.snapshot?.id).toBe('d1');
    store.hide();
    expect(store.snapshot).toBeNull();
    stop();
    putCursor(editor, 'old', 2);
    expect(store.snapshot).toBeNull();
  });

  it('has nothing to say without an editor', () => {
    const store = new ChangeAtCursor(null);
    const stop = store.subscribe(() => undefined);
    expect(store.snapshot).toBeNull();
    stop();
  });
});

describe('ChangeActions, the bar in the text', () => {
  async function renderBar(editor: EditorHandle, readOnly = false) {
    const view = await render(<ChangeActions handle={editor} readOnly={readOnly} />);
    afterTest(view.unmount);
    const bar = () => document.querySelector<HTMLElement>('[aria-label="Change at cursor"]');
    const move = (text: string, offset?: number) =>
      act(async () => {
        putCursor(editor, text, offset);
        await Promise.resolve();
      });
    return { bar, move };
  }

  it('appears in a change, naming it, and Accept accepts that change', async () => {
    const editor = mount();
    const { bar, move } = await renderBar(editor);
    expect(bar()).toBeNull();
    await move('added', 2);
    expect(bar()?.textContent).toContain('Inserted by Ana');
    await click(getByRole(bar()!, 'button', 'Accept'));
    expect(bar()).toBeNull();
    expect(runs(editor.getDoc())).toEqual(['Keep added and ', '-old', ' end', '¶', 'Whole block']);
    expect(listChanges(editor.getDoc()).map((c) => c.id)).toEqual(['d1', 'b1']);
  });

  it('Reject rejects the change at the cursor: a deletion is taken back', async () => {
    const editor = mount();
    const { bar, move } = await renderBar(editor);
    await move('old', 1);
    expect(bar()?.textContent).toContain('Deleted by Ben');
    await click(getByRole(bar()!, 'button', 'Reject'));
    expect(runs(editor.getDoc())[0]).toBe('Keep ');
    expect(editor.getDoc().textContent).toContain('and old end');
    expect(listChanges(editor.getDoc()).map((c) => c.id)).toEqual(['i1', 'b1']);
  });

  it('is not offered in a read-only document or outside any change', async () => {
    const editor = mount();
    const { bar, move } = await renderBar(editor, true);
    await move('added', 2);
    expect(bar()).toBeNull();
    const other = await renderBar(editor);
    await other.move('Keep', 1);
    expect(other.bar()).toBeNull();
  });
});
