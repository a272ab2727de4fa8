// @vitest-environment happy-dom
import type { Node } from 'prosemirror-model';
import { history } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { listChanges } from '../../../../shared/changes';
import type { EditorChange } from '../../../../renderer/editor/handle';
import {
  isTrackingChanges,
  trackChangesPlugin,
} from '../../../../renderer/editor/plugins/trackChanges';
import { ChangesPanel } from '../../../../renderer/panels/changes/ChangesPanel';
import { click, getByRole, render } from '../components/render';
import { change, changed, del, doc, ins, np } from '../../shared/changes/build';
import { session } from './setup';

let cleanup: (() => void) | null = null;
let view: EditorView | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  view?.destroy();
  view = null;
});

/** A real editor view with suggestion mode and the subscription an EditorHandle offers. */
function editorOf(document: Node) {
  const listeners = new Set<(change: EditorChange) => void>();
  const state = EditorState.create({
    doc: document,
    plugins: [
      trackChangesPlugin({ getAuthor: () => session.person, now: () => session.time }),
      history(),
    ],
  });
  view = new EditorView(document_body(), {
    state,
    dispatchTransaction(tr) {
      const v = view!;
      const { state: next, transactions } = v.state.applyTransaction(tr);
      v.updateState(next);
      for (const l of listeners)
        l({ docChanged: transactions.some((t) => t.docChanged), outlineChanged: false });
    },
  });
  const handle = {
    view,
    subscribe(listener: (change: EditorChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return handle;
}

function document_body(): HTMLElement {
  const place = document.createElement('div');
  document.body.append(place);
  return place;
}

const sample = () =>
  doc(
    np('a', 'Keep ', ins('added text', 'i1', 'Ana'), ' and ', del('old words', 'd1', 'Ben')),
    changed(np('b', 'Second paragraph'), change('insert', 'b1', 'Ben')),
  );

async function renderPanel(document: Node, readOnly = false) {
  const handle = editorOf(document);
  const rendered = await render(<ChangesPanel handle={handle} readOnly={readOnly} />);
  cleanup = rendered.unmount;
  const items = () =>
    Array.from(rendered.container.querySelectorAll<HTMLElement>('.change-item')).map((li) =>
      (li.querySelector('.change-entry')?.textContent ?? '').replace(/\s+/g, ' '),
    );
  const item = (id: string) => {
    const el = rendered.container.querySelector<HTMLElement>(`[data-change-id="${id}"]`);
    if (!el) throw new Error(`no change ${id}`);
    return el;
  };
  return { ...rendered, handle, items, item };
}

describe('ChangesPanel', () => {
  it('is a region named Changes listing every change with kind, author and excerpt', async () => {
    const { container, items } = await renderPanel(sample());
    getByRole(container, 'region', 'Changes');
    expect(items()).toHaveLength(3);
    expect(items()[0]).toContain('Inserted');
    expect(items()[0]).toContain('Ana');
    expect(items()[0]).toContain('added text');
    expect(items()[1]).toContain('Deleted');
    expect(items()[1]).toContain('Ben');
    expect(container.textContent).toContain('3 changes');
  });

  it('toggles suggestion mode with a pressed-state button named Track changes', async () => {
    const { container, handle } = await renderPanel(sample());
    const toggle = getByRole(container, 'button', 'Track changes');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await click(toggle);
    expect(isTrackingChanges(handle.view.state)).toBe(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('accepts and rejects one change from its entry', async () => {
    const { handle, item, items } = await renderPanel(sample());
    await click(getByRole(item('i1'), 'button', 'Accept'));
    expect(handle.view.state.doc.child(1).textContent).toBe('Keep added text and old words');
    expect(items()).toHaveLength(2);
    await click(getByRole(item('d1'), 'button', 'Reject'));
    expect(listChanges(handle.view.state.doc).map((c) => c.id)).toEqual(['b1']);
  });

  it('accepts all and rejects all', async () => {
    const accepted = await renderPanel(sample());
    await click(getByRole(accepted.container, 'button', 'Accept all'));
    expect(listChanges(accepted.handle.view.state.doc)).toEqual([]);
    expect(accepted.container.textContent).toContain('No changes.');
    accepted.unmount();
    const rejected = await renderPanel(sample());
    cleanup = rejected.unmount;
    await click(getByRole(rejected.container, 'button', 'Reject all'));
    // The inserted paragraph break goes: the second paragraph joins the first again.
    expect(rejected.handle.view.state.doc.childCount).toBe(2);
    expect(rejected.handle.view.state.doc.child(1).textContent).toBe(
      'Keep  and old wordsSecond paragraph',
    );
  });

  it('filters by author and accepts or rejects all by that author', async () => {
    const { container, handle, items } = await renderPanel(sample());
    const select = getByRole(container, 'combobox') as HTMLSelectElement;
    await act(async () => {
      select.value = 'Ben';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await Promise.resolve();
    });
    expect(items()).toHaveLength(2);
    expect(container.textContent).toContain('2 of 3 changes');
    await click(getByRole(container, 'button', 'Reject all by Ben'));
    expect(listChanges(handle.view.state.doc).map((c) => c.author)).toEqual(['Ana']);
  });

  it('selects a change in the text when clicked, and walks changes with next and previous', async () => {
    const { container, handle, item } = await renderPanel(sample());
    await click(item('d1').querySelector<HTMLElement>('.change-entry')!);
    const { from, to } = handle.view.state.selection;
    expect(handle.view.state.doc.textBetween(from, to)).toBe('old words');
    const start = handle.view.state;
    handle.view.dispatch(
      start.tr.setSelection(TextSelection.create(start.doc, 1 + start.doc.child(0).nodeSize)),
    );
    await click(getByRole(container, 'button', 'Next change'));
    const sel = handle.view.state.selection;
    expect(handle.view.state.doc.textBetween(sel.from, sel.to)).toBe('added text');
    expect(item('i1').querySelector('.change-entry')?.getAttribute('aria-current')).toBe('true');
    await click(getByRole(container, 'button', 'Previous change'));
    // Before the first change, Previous wraps round to the last: the inserted paragraph.
    const back = handle.view.state.selection;
    expect(handle.view.state.doc.textBetween(back.from, back.to)).toBe('Second paragraph');
    expect(item('b1').querySelector('.change-entry')?.getAttribute('aria-current')).toBe('true');
  });

  it('read-only: changes can be walked but not accepted, rejected or tracked', async () => {
    const { container, item } = await renderPanel(sample(), true);
    expect((getByRole(container, 'button', 'Accept all') as HTMLButtonElement).disabled).toBe(true);
    expect((getByRole(container, 'button', 'Track changes') as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((getByRole(item('i1'), 'button', 'Accept') as HTMLButtonElement).disabled).toBe(true);
    expect((getByRole(container, 'button', 'Next change') as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('shows an empty list without an editor', async () => {
    const rendered = await render(<ChangesPanel handle={null} />);
    cleanup = rendered.unmount;
    expect(rendered.container.textContent).toContain('No changes.');
  });
});
