// @vitest-environment happy-dom
import { history } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { commentsPlugin } from '../../../../renderer/editor/plugins/comments';
import { idsPlugin } from '../../../../renderer/editor/plugins/ids';
import { pastePlugin } from '../../../../renderer/editor/plugins/paste';
import { anchorsIn } from '../../../../shared/comments';
import { doc, h, np, t } from '../../shared/comments/build';
import { anchored, posOf, statesOf } from './editorState';

/** A clipboard as the browser hands it to copy, cut and paste handlers. */
class Clipboard {
  private data = new Map<string, string>();
  getData = (type: string) => this.data.get(type) ?? '';
  setData = (type: string, value: string) => void this.data.set(type, value);
  clearData = () => this.data.clear();
}

let views: EditorView[] = [];
afterEach(() => {
  for (const view of views) view.destroy();
  views = [];
});

function mount(node: Node, plugins: Plugin[] = [commentsPlugin(), history()]): EditorView {
  const place = document.createElement('div');
  document.body.append(place);
  const view = new EditorView(place, { state: EditorState.create({ doc: node, plugins }) });
  views.push(view);
  return view;
}

function clipboardEvent(view: EditorView, type: 'copy' | 'cut' | 'paste', clipboard: Clipboard) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboard });
  view.dom.dispatchEvent(event);
}

function selectText(view: EditorView, text: string) {
  const from = posOf(view.state.doc, text);
  view.dispatch(
    view.state.tr.setSelection(TextSelection.create(view.state.doc, from, from + text.length)),
  );
}

function cursorBefore(view: EditorView, text: string) {
  const at = posOf(view.state.doc, text);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)));
}

const sample = () =>
  doc(
    h('h1', 1, t('Introduction')),
    np('p1', t('The quick '), t('brown fox', 'a'), t(' jumps.')),
    np('p2', t('Over the lazy dog.')),
  );

describe('cut and paste through the clipboard', () => {
  it('moves a comment with its text', () => {
    const view = mount(sample());
    const clipboard = new Clipboard();
    selectText(view, 'quick brown fox');
    clipboardEvent(view, 'cut', clipboard);
    expect(clipboard.getData('text/html')).toContain('data-comment="a"');
    expect(statesOf(view.state.doc, 'a')).toEqual([['a', 'detached', '']]);
    cursorBefore(view, 'lazy');
    clipboardEvent(view, 'paste', clipboard);
    expect(view.state.doc.child(3).textContent).toBe('Over the quick brown foxlazy dog.');
    expect(anchored(view.state.doc, 'a')).toEqual(['brown fox']);
  });

  it('pastes a copy of still-anchored text without the comment, so a thread keeps one anchor', () => {
    const view = mount(sample());
    const clipboard = new Clipboard();
    selectText(view, 'brown fox');
    clipboardEvent(view, 'copy', clipboard);
    cursorBefore(view, 'lazy');
    clipboardEvent(view, 'paste', clipboard);
    expect(view.state.doc.child(3).textContent).toBe('Over the brown foxlazy dog.');
    expect(anchored(view.state.doc, 'a')).toEqual(['brown fox']);
    expect(anchorsIn(view.state.doc).get('a')?.blockId).toBe('p1');
  });

  it('drops comment marks pasted from another document', () => {
    const source = mount(sample());
    const clipboard = new Clipboard();
    selectText(source, 'brown fox');
    clipboardEvent(source, 'copy', clipboard);
    const target = mount(doc(np('q1', t('Elsewhere.'))));
    cursorBefore(target, 'Elsewhere');
    clipboardEvent(target, 'paste', clipboard);
    expect(target.state.doc.child(1).textContent).toBe('brown foxElsewhere.');
    expect(anchored(target.state.doc, 'a')).toEqual([]);
  });

  it('keeps comment marks through the editor’s own paste cleaning and id renewal', () => {
    const view = mount(sample(), [idsPlugin(), pastePlugin(), commentsPlugin(), history()]);
    const clipboard = new Clipboard();
    const from = posOf(view.state.doc, 'brown');
    const to = posOf(view.state.doc, 'the lazy');
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
    clipboardEvent(view, 'cut', clipboard);
    cursorBefore(view, 'dog');
    clipboardEvent(view, 'paste', clipboard);
    const texts: string[] = [];
    view.state.doc.forEach((block) => texts.push(block.textContent));
    expect(texts.slice(1)).toEqual([
      'Introduction',
      'The quick the lazy brown fox jumps.',
      'Over dog.',
    ]);
    expect(anchored(view.state.doc, 'a')).toEqual(['brown fox']);
    const ids = new Set<unknown>();
    view.state.doc.forEach((block) => ids.add(block.attrs.id));
    expect(ids.size).toBe(view.state.doc.childCount);
  });
});
