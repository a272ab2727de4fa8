// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listChanges, type TrackedChange } from '../../../../shared/changes';
import { ChangesPanel } from '../../../../renderer/panels/changes/ChangesPanel';
import { CHANGES_MAX_LAG_MS } from '../../../../renderer/panels/changes/editorChanges';
import { itemKeys, latestOf, sameShown } from '../../../../renderer/panels/changes/stableList';
import { click, render } from '../components/render';
import { del, doc, ins, np } from '../../shared/changes/build';
import { afterTest, mountInPage, unmountAll } from './mount';

afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

const listed = (over: Partial<TrackedChange>): TrackedChange => ({
  id: 'c1',
  kind: 'insert',
  author: 'Ana',
  organization: 'ILO',
  time: '2025-01-01T10:00:00.000Z',
  excerpt: 'text',
  blockId: 'a',
  from: 10,
  to: 14,
  ...over,
});

describe('the changes list’s identity of items', () => {
  it('keys items by id, kind and piece, not by position', () => {
    const before = [listed({}), listed({ id: 'c2', from: 30 }), listed({ id: 'c2', from: 50 })];
    const after = before.map((c) => ({ ...c, from: c.from + 5 }));
    expect(itemKeys(before)).toEqual(['c1:insert:0', 'c2:insert:0', 'c2:insert:1']);
    expect(itemKeys(after)).toEqual(itemKeys(before));
    expect(itemKeys([listed({ kind: 'delete' }), listed({})])).toEqual([
      'c1:delete:0',
      'c1:insert:0',
    ]);
  });

  it('counts a change as shown the same when only its positions moved', () => {
    expect(sameShown(listed({}), listed({ from: 99, to: 120 }))).toBe(true);
    expect(sameShown(listed({}), listed({ excerpt: 'texts' }))).toBe(false);
    expect(sameShown(listed({}), listed({ author: 'Ben' }))).toBe(false);
    expect(sameShown(listed({}), listed({ detail: 'Heading 1 → Heading 2' }))).toBe(false);
  });

  it('finds the latest listing of a change nearest where it was, or keeps it when gone', () => {
    const now = [listed({ from: 15 }), listed({ from: 80 }), listed({ id: 'c2', from: 12 })];
    expect(latestOf(now, listed({ from: 10 }))).toBe(now[0]);
    expect(latestOf(now, listed({ from: 70 }))).toBe(now[1]);
    const gone = listed({ id: 'c9' });
    expect(latestOf(now, gone)).toBe(gone);
  });
});

describe('the Changes panel while typing moves the changes', () => {
  it('keeps each item’s element, and a click selects where the change is now', async () => {
    vi.useFakeTimers();
    const editor = mountInPage(
      doc(np('a', 'Start ', ins('added', 'i1')), np('b', 'Keep ', del('old', 'd1', 'Ben'))),
    );
    const rendered = await render(<ChangesPanel handle={editor} />);
    afterTest(rendered.unmount);
    const entry = (id: string) =>
      rendered.container.querySelector<HTMLElement>(`[data-change-id="${id}"]`)!;
    const oldEntry = entry('d1');

    // Typing at the very start moves both changes on.
    await act(async () => {
      const { view } = editor;
      let start = 0;
      view.state.doc.forEach((child, offset) => {
        if (start === 0 && child.type.name === 'numbered_paragraph') start = offset + 1;
      });
      view.dispatch(view.state.tr.insertText('Typed ', start));
      vi.advanceTimersByTime(CHANGES_MAX_LAG_MS);
      await Promise.resolve();
    });
    expect(entry('d1')).toBe(oldEntry);

    await click(entry('d1').querySelector<HTMLElement>('.change-entry')!);
    const d1 = listChanges(editor.view.state.doc).find((c) => c.id === 'd1')!;
    const { from, to } = editor.view.state.selection;
    expect([from, to]).toEqual([d1.from, d1.to]);
    expect(editor.view.state.doc.textBetween(from, to)).toBe('old');
  });
});
