// @vitest-environment happy-dom
import { TextSelection } from 'prosemirror-state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingComment, startComment } from '../../../../renderer/editor/plugins/comments';
import { CommentsChrome } from '../../../../renderer/panels/comments/commentsChrome';
import { doc, h, np, t } from '../../shared/comments/build';
import { posOf } from './editorState';
import { TestEditor } from './panelHarness';

let editor: TestEditor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function setup(open = false) {
  editor = new TestEditor(doc(h('h1', 1, t('Introduction')), np('p1', t('We will act now.'))));
  const chrome = new CommentsChrome(open);
  const detach = chrome.attach(editor);
  return { editor, chrome, detach };
}

function selectAndStart(e: TestEditor, text: string): void {
  const from = posOf(e.view.state.doc, text);
  e.view.dispatch(
    e.view.state.tr.setSelection(TextSelection.create(e.view.state.doc, from, from + text.length)),
  );
  expect(startComment(e.view.state, (tr) => e.view.dispatch(tr))).toBe(true);
}

describe('the comments panel in the chrome', () => {
  it('starts closed, or open when asked to', () => {
    expect(new CommentsChrome().snapshot.open).toBe(false);
    expect(new CommentsChrome(true).snapshot.open).toBe(true);
  });

  it('knows the editor while it is attached, and forgets it after', () => {
    const { editor: e, chrome, detach } = setup();
    expect(chrome.snapshot.handle).toBe(e);
    detach();
    expect(chrome.snapshot.handle).toBeNull();
  });

  it('opens when a comment is started in the editor (Ctrl+Alt+M there)', () => {
    const { editor: e, chrome } = setup();
    const heard = vi.fn();
    chrome.subscribe(heard);
    selectAndStart(e, 'will act');
    expect(chrome.snapshot.open).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('closing drops the comment not yet posted, and typing then does not open it again', () => {
    const { editor: e, chrome } = setup();
    selectAndStart(e, 'will act');
    chrome.setOpen(false);
    expect(pendingComment(e.view.state)).toBeNull();
    e.view.dispatch(e.view.state.tr.insertText('x', 1));
    expect(chrome.snapshot.open).toBe(false);
  });

  it('stops following an editor once detached', () => {
    const { editor: e, chrome, detach } = setup();
    detach();
    selectAndStart(e, 'will act');
    expect(chrome.snapshot.open).toBe(false);
  });

  it('toggles open and closed', () => {
    const { chrome } = setup();
    chrome.toggle();
    expect(chrome.snapshot.open).toBe(true);
    chrome.toggle();
    expect(chrome.snapshot.open).toBe(false);
  });

  it('keeps the same snapshot when nothing changed', () => {
    const { chrome } = setup(true);
    const before = chrome.snapshot;
    chrome.setOpen(true);
    expect(chrome.snapshot).toBe(before);
  });

  it('opens for New comment asked while closed, and hands the request to the panel as it subscribes, once', () => {
    const { chrome } = setup();
    chrome.requestNewComment();
    expect(chrome.snapshot.open).toBe(true);
    const panel = vi.fn();
    const unsubscribe = chrome.onNewCommentRequest(panel);
    expect(panel).toHaveBeenCalledTimes(1);
    unsubscribe();
    const again = vi.fn();
    chrome.onNewCommentRequest(again);
    expect(again).not.toHaveBeenCalled();
  });

  it('passes New comment straight to a panel that is already listening', () => {
    const { chrome } = setup(true);
    const panel = vi.fn();
    chrome.onNewCommentRequest(panel);
    chrome.requestNewComment();
    chrome.requestNewComment();
    expect(panel).toHaveBeenCalledTimes(2);
  });

  it('forgets a request nobody took when the panel is closed', () => {
    const { chrome } = setup();
    chrome.requestNewComment();
    chrome.setOpen(false);
    const panel = vi.fn();
    chrome.onNewCommentRequest(panel);
    expect(panel).not.toHaveBeenCalled();
  });
});
