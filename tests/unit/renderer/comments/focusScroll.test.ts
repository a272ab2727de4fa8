// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusThread } from '../../../../renderer/editor/plugins/comments';
import { runOn } from '../../../../renderer/panels/comments/actions';
import { doc, h, np, t } from '../../shared/comments/build';
import { TestEditor } from './panelHarness';

let editor: TestEditor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
  vi.restoreAllMocks();
});

describe('focusing a thread from the panel', () => {
  it('scrolls the page to the thread’s text itself while the editor does not have the focus', () => {
    editor = new TestEditor(doc(h('h1', 1, t('Scope')), np('p1', t('All '), t('agencies', 'a'))));
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    expect(editor.view.hasFocus()).toBe(false);
    runOn(editor.view, focusThread('a'));
    const { from, to } = editor.view.state.selection;
    expect(editor.view.state.doc.textBetween(from, to)).toBe('agencies');
    expect(scrolled.map((el) => el.textContent)).toEqual(['agencies']);
  });

  it('does not scroll for a detached thread, which has no text', () => {
    editor = new TestEditor(doc(h('h1', 1, t('Scope')), np('p1', t('All agencies'))));
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    runOn(editor.view, focusThread('gone'));
    expect(scroll).not.toHaveBeenCalled();
  });
});
