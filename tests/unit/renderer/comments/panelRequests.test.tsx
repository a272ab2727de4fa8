// @vitest-environment happy-dom
import { TextSelection } from 'prosemirror-state';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/document/fileSchema';
import { pendingComment } from '../../../../renderer/editor/plugins/comments';
import { CommentsChrome } from '../../../../renderer/panels/comments/commentsChrome';
import { CommentsPanel } from '../../../../renderer/panels/comments/CommentsPanel';
import { ana, doc, h, np, t } from '../../shared/comments/build';
import { posOf } from './editorState';
import { allByRole, inAct, TestEditor } from './panelHarness';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function setup(identity: Person | null = ana) {
  const editor = new TestEditor(doc(h('h1', 1, t('Scope')), np('p1', t('All agencies join.'))));
  const chrome = new CommentsChrome();
  const detach = chrome.attach(editor);
  let asked = 0;
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const render = () =>
    act(async () => {
      root.render(
        chrome.snapshot.open ? (
          <CommentsPanel
            handle={editor}
            threads={[]}
            identity={identity}
            onChange={() => undefined}
            onAskIdentity={() => asked++}
            newCommentRequests={chrome.onNewCommentRequest}
          />
        ) : null,
      );
      await Promise.resolve();
    });
  cleanup = () => {
    act(() => root.unmount());
    container.remove();
    detach();
    editor.destroy();
  };
  const select = (text: string) =>
    inAct(() => {
      const from = posOf(editor.view.state.doc, text);
      const { tr } = editor.view.state;
      editor.view.dispatch(tr.setSelection(TextSelection.create(tr.doc, from, from + text.length)));
    });
  return { editor, chrome, container, render, select, asked: () => asked };
}

describe('New comment from outside the panel', () => {
  it('opens the panel with the text box, the selection highlighted as pending', async () => {
    const { editor, chrome, container, render, select } = setup();
    await select('agencies');
    chrome.requestNewComment();
    await render();
    expect(allByRole(container, 'textbox', 'New comment text')).toHaveLength(1);
    expect(pendingComment(editor.view.state)).not.toBeNull();
  });

  it('says what to select when there is no text at the cursor', async () => {
    const { chrome, container, render } = setup();
    chrome.requestNewComment();
    await render();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Select the text the comment is about first.',
    );
    expect(allByRole(container, 'textbox', 'New comment text')).toHaveLength(0);
  });

  it('asks who the user is first when nobody has said', async () => {
    const { chrome, render, select, asked } = setup(null);
    await select('agencies');
    chrome.requestNewComment();
    await render();
    expect(asked()).toBe(1);
  });

  it('reaches a panel already open', async () => {
    const { chrome, container, render, select } = setup();
    chrome.setOpen(true);
    await render();
    await select('agencies');
    await act(async () => {
      chrome.requestNewComment();
      await Promise.resolve();
    });
    expect(allByRole(container, 'textbox', 'New comment text')).toHaveLength(1);
  });
});
