// @vitest-environment happy-dom
import { TextSelection } from 'prosemirror-state';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchorsIn } from '../../../../shared/comments';
import type { Thread } from '../../../../shared/document/fileSchema';
import { activeThread } from '../../../../renderer/editor/plugins/comments';
import { DOC_REFRESH_MS } from '../../../../renderer/panels/comments/editorComments';
import { ana, ben, doc, h, np, t, thread } from '../../shared/comments/build';
import { posOf } from './editorState';
import {
  allByRole,
  byRole,
  card,
  click,
  inAct,
  listed,
  renderPanel,
  selectLabelled,
  TestEditor,
  typeInto,
  type Rendered,
} from './panelHarness';

let editor: TestEditor | null = null;
let panel: Rendered | null = null;
afterEach(() => {
  panel?.unmount();
  editor?.destroy();
  panel = null;
  editor = null;
  vi.useRealTimers();
});

const plan = () =>
  doc(
    h('h1', 1, t('Introduction')),
    np('p1', t('We '), t('will act', 'a'), t(' now.')),
    h('h2', 1, t('Scope')),
    np('p2', t('All '), t('agencies', 'b'), t(' join.')),
  );

const replied: Thread = {
  ...thread('b', ben, 'Which ones?'),
  comments: [
    ...thread('b', ben, 'Which ones?').comments,
    { id: 'b-r1', author: ana, time: '2025-01-02T00:00:00.000Z', text: 'All of them.' },
  ],
};

const detached: Thread = {
  ...thread('gone', ben, 'Too vague'),
  quote: 'the deleted words',
  blockId: 'p9',
  section: 'III. Objectives',
};

async function open(
  threads: Thread[] = [thread('a'), replied, detached],
  identity = ana,
  readOnly = false,
) {
  editor = new TestEditor(plan());
  panel = await renderPanel(editor, threads, identity, { readOnly });
  return { editor, panel, root: panel.container };
}

function select(e: TestEditor, text: string): Promise<void> {
  const from = posOf(e.view.state.doc, text);
  return inAct(() =>
    e.view.dispatch(
      e.view.state.tr.setSelection(
        TextSelection.create(e.view.state.doc, from, from + text.length),
      ),
    ),
  );
}

describe('CommentsPanel', () => {
  it('is a region named Comments listing threads in document order, detached ones last', async () => {
    const { root } = await open([detached, replied, thread('a')]);
    expect(root.querySelector('aside')?.getAttribute('aria-label')).toBe('Comments');
    expect(listed(root)).toEqual(['a', 'b', 'gone']);
  });

  it('shows each comment’s author, initials, organization and time', async () => {
    const { root } = await open();
    const first = card(root, 'b').querySelector('.comment');
    expect(first?.querySelector('.comment-avatar')?.textContent).toBe('BD');
    expect(first?.querySelector('.comment-author')?.textContent).toBe('Ben Drafter');
    expect(first?.querySelector('.comment-org')?.textContent).toBe('UNCTAD');
    expect(first?.querySelector('time')?.getAttribute('dateTime')).toBe('2025-01-01T00:00:00.000Z');
    expect(first?.querySelector('.comment-text')?.textContent).toBe('Which ones?');
  });

  it('shows a detached thread with a Detached badge, its quoted text and its section', async () => {
    const { root } = await open();
    const lost = card(root, 'gone');
    expect(lost.querySelector('.badge-detached')?.textContent).toBe('Detached');
    expect(lost.querySelector('.thread-quote')?.textContent).toBe('the deleted words');
    expect(lost.querySelector('.thread-section')?.textContent).toBe('III. Objectives');
    expect(card(root, 'a').querySelector('.badge-detached')).toBeNull();
    expect(card(root, 'a').querySelector('.thread-section')?.textContent).toBe('I. Introduction');
  });

  it('lets the user edit and delete only their own comments', async () => {
    const { root } = await open();
    const [bens, anas] = Array.from(card(root, 'b').querySelectorAll('.comment'));
    expect(allByRole(bens as Element, 'button', 'Edit')).toEqual([]);
    expect(allByRole(bens as Element, 'button', 'Delete comment')).toEqual([]);
    byRole(anas as Element, 'button', 'Edit');
    byRole(anas as Element, 'button', 'Delete comment');
  });

  it('posts a new comment on the selection with New comment', async () => {
    const { root, editor: e, panel: p } = await open([]);
    await select(e, 'agencies');
    await click(byRole(root, 'button', 'New comment'));
    await typeInto(
      byRole(root, 'textbox', 'New comment text') as HTMLTextAreaElement,
      'Name them.',
    );
    await click(byRole(root, 'button', 'Post comment'));
    const [created] = p.threads();
    expect(created).toMatchObject({
      status: 'open',
      quote: 'agencies',
      blockId: 'p2',
      section: 'II. Scope',
    });
    expect(created?.comments[0]).toMatchObject({
      author: ana,
      text: 'Name them.',
      time: '2025-03-01T12:00:00.000Z',
    });
    expect(anchorsIn(e.view.state.doc).get(created?.id ?? '')?.quote).toBe('agencies');
    expect(listed(root)).toEqual([created?.id]);
    expect(allByRole(root, 'textbox', 'New comment text')).toEqual([]);
  });

  it('refuses an empty comment with a message and leaves no highlight', async () => {
    const { root, editor: e, panel: p } = await open([]);
    await select(e, 'agencies');
    await click(byRole(root, 'button', 'New comment'));
    await typeInto(byRole(root, 'textbox', 'New comment text') as HTMLTextAreaElement, '   ');
    await click(byRole(root, 'button', 'Post comment'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Write something before posting a comment.',
    );
    expect(p.threads()).toEqual([]);
    expect([...anchorsIn(e.view.state.doc).keys()]).toEqual(['a', 'b']);
  });

  it('accepts a 100,000-character comment', async () => {
    const { root, editor: e, panel: p } = await open([]);
    await select(e, 'agencies');
    await click(byRole(root, 'button', 'New comment'));
    await typeInto(
      byRole(root, 'textbox', 'New comment text') as HTMLTextAreaElement,
      'x'.repeat(100_000),
    );
    await click(byRole(root, 'button', 'Post comment'));
    expect(p.threads()[0]?.comments[0]?.text).toHaveLength(100_000);
  });

  it('shows markup in a comment as text, never as elements', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b>';
    const { root } = await open([thread('a', ben, hostile)]);
    const text = card(root, 'a').querySelector('.comment-text');
    expect(text?.textContent).toBe(hostile);
    expect(text?.children).toHaveLength(0);
    expect(root.querySelector('img, script, b')).toBeNull();
  });

  it('says who to ask for when the user has not given their name', async () => {
    editor = new TestEditor(plan());
    panel = await renderPanel(editor, [], null);
    await select(editor, 'agencies');
    await click(byRole(panel.container, 'button', 'New comment'));
    expect(panel.container.querySelector('[role="alert"]')?.textContent).toMatch(/Say who you are/);
    expect(panel.askedIdentity()).toBe(1);
  });

  it('refuses New comment where there is no text to comment on', async () => {
    const { root, editor: e } = await open([]);
    const after = posOf(e.view.state.doc, 'now.') + 4;
    await inAct(() =>
      e.view.dispatch(e.view.state.tr.setSelection(TextSelection.create(e.view.state.doc, after))),
    );
    await click(byRole(root, 'button', 'New comment'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Select the text the comment is about first.',
    );
  });

  it('starts a new comment with Ctrl+Alt+M', async () => {
    const { root, editor: e } = await open([]);
    await select(e, 'agencies');
    await act(async () => {
      window.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'm', ctrlKey: true, altKey: true, bubbles: true }),
      );
      await Promise.resolve();
    });
    byRole(root, 'textbox', 'New comment text');
  });

  it('replies, edits and deletes', async () => {
    const { root, panel: p, editor: e } = await open([thread('a')]);
    await click(byRole(card(root, 'a'), 'button', 'Reply'));
    await typeInto(byRole(root, 'textbox', 'Reply text') as HTMLTextAreaElement, 'And when?');
    await click(byRole(root, 'button', 'Post reply'));
    expect(p.threads()[0]?.comments.map((c) => c.text)).toEqual(['Why?', 'And when?']);

    await click(allByRole(card(root, 'a'), 'button', 'Edit')[1] as HTMLElement);
    await typeInto(byRole(root, 'textbox', 'Edit comment') as HTMLTextAreaElement, 'And by when?');
    await click(byRole(root, 'button', 'Save'));
    expect(p.threads()[0]?.comments[1]).toMatchObject({
      text: 'And by when?',
      edited: '2025-03-01T12:00:00.000Z',
    });

    await click(allByRole(card(root, 'a'), 'button', 'Delete comment')[0] as HTMLElement);
    expect(p.threads()).toEqual([]);
    expect(anchorsIn(e.view.state.doc).has('a')).toBe(false);
    expect(listed(root)).toEqual([]);
  });

  it('resolves and reopens, hiding resolved threads under the Open filter and their highlights', async () => {
    const { root, panel: p } = await open();
    await click(byRole(card(root, 'a'), 'button', 'Resolve'));
    expect(p.threads()[0]).toMatchObject({ status: 'resolved', resolvedBy: ana });
    expect(listed(root)).toEqual(['b', 'gone']);
    expect(root.querySelector('style')?.textContent).toContain('[data-comment="a"]');
    await typeInto(selectLabelled(root, 'Show'), 'resolved');
    expect(listed(root)).toEqual(['a']);
    await click(byRole(card(root, 'a'), 'button', 'Reopen'));
    expect(p.threads()[0]?.status).toBe('open');
    expect(root.querySelector('style')).toBeNull();
  });

  it('filters by author and by section', async () => {
    const { root } = await open();
    await typeInto(selectLabelled(root, 'Author'), 'Ben Drafter');
    expect(listed(root)).toEqual(['b', 'gone']);
    await typeInto(selectLabelled(root, 'Author'), '');
    await typeInto(selectLabelled(root, 'Section'), 'III. Objectives');
    expect(listed(root)).toEqual(['gone']);
    await typeInto(selectLabelled(root, 'Section'), 'I. Introduction');
    expect(listed(root)).toEqual(['a']);
  });

  it('selects a thread’s text when the thread is clicked', async () => {
    const { root, editor: e } = await open();
    await click(card(root, 'b'));
    const { from, to } = e.view.state.selection;
    expect(e.view.state.doc.textBetween(from, to)).toBe('agencies');
    expect(card(root, 'b').getAttribute('aria-current')).toBe('true');
  });

  it('focuses a thread when the cursor goes into its highlight', async () => {
    const { root, editor: e } = await open();
    const inside = posOf(e.view.state.doc, 'act');
    await inAct(() =>
      e.view.dispatch(e.view.state.tr.setSelection(TextSelection.create(e.view.state.doc, inside))),
    );
    expect(activeThread(e.view.state)).toBe('a');
    expect(card(root, 'a').getAttribute('aria-current')).toBe('true');
    expect(card(root, 'b').getAttribute('aria-current')).toBeNull();
  });

  it('steps through threads with Next comment and Previous comment', async () => {
    const { root, editor: e } = await open();
    const next = byRole(root, 'button', 'Next comment');
    await click(next);
    expect(activeThread(e.view.state)).toBe('a');
    await click(next);
    expect(activeThread(e.view.state)).toBe('b');
    await click(next);
    expect(activeThread(e.view.state)).toBe('gone');
    await click(next);
    expect(activeThread(e.view.state)).toBe('a');
    await click(byRole(root, 'button', 'Previous comment'));
    expect(activeThread(e.view.state)).toBe('gone');
  });

  it('re-anchors a detached thread to the selection', async () => {
    const { root, editor: e, panel: p } = await open();
    await select(e, 'now');
    await click(byRole(card(root, 'gone'), 'button', 'Re-anchor'));
    expect(p.threads()[2]).toMatchObject({
      quote: 'now',
      blockId: 'p1',
      section: 'I. Introduction',
    });
    expect(card(root, 'gone').querySelector('.badge-detached')).toBeNull();
    expect(listed(root)).toEqual(['a', 'gone', 'b']);
  });

  it('shows a thread as detached once its text is deleted, and attached again after undo', async () => {
    vi.useFakeTimers();
    const { root, editor: e } = await open();
    const from = posOf(e.view.state.doc, 'agencies');
    await inAct(() => e.view.dispatch(e.view.state.tr.delete(from, from + 'agencies'.length)));
    await act(async () => {
      vi.advanceTimersByTime(DOC_REFRESH_MS);
      await Promise.resolve();
    });
    expect(card(root, 'b').querySelector('.badge-detached')?.textContent).toBe('Detached');
    const { undo } = await import('prosemirror-history');
    await inAct(() => undo(e.view.state, e.view.dispatch));
    await act(async () => {
      vi.advanceTimersByTime(DOC_REFRESH_MS);
      await Promise.resolve();
    });
    expect(card(root, 'b').querySelector('.badge-detached')).toBeNull();
  });

  it('offers no changes on a read-only document', async () => {
    const { root } = await open(undefined, ana, true);
    expect((byRole(root, 'button', 'New comment') as HTMLButtonElement).disabled).toBe(true);
    for (const name of ['Reply', 'Resolve', 'Re-anchor', 'Edit', 'Delete comment']) {
      expect(allByRole(root, 'button', name)).toEqual([]);
    }
  });
});
