// The bench page's comments part: mounts the real Comments panel (React, as in the app) beside the
// editor page.ts opened, and measures opening it and jumping to threads by clicking their cards.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { openThreadCounts, rangesOf } from '../../shared/comments';
import type { Thread } from '../../shared/document/fileSchema';
import { loadAccordText } from '../../shared/document/load';
import type { EditorHandle } from '../../renderer/editor/handle';
import { CommentsPanel } from '../../renderer/panels/comments/CommentsPanel';
import { ResolvedHighlights } from '../../renderer/panels/comments/ResolvedHighlights';
import '../../renderer/editor/plugins/comments/comments.css';
import '../../renderer/panels/sidePanel.css';
import '../../renderer/panels/comments/comments.css';
import { afterPaint } from './paint';

/** What the runner calls on the page (window.commentsBench). */
export interface CommentsBenchApi {
  /**
   * Reads the threads of a file, outside any timing, and styles resolved threads' highlights as
   * the app always does (not part of opening the panel). Returns how many threads.
   */
  load(url: string): Promise<number>;
  /** Reads every thread's anchor in the open document, as opening it does (outline counts). */
  scan(): number;
  /**
   * Mounts the panel beside the open editor: ms from the render call to the first painted frame,
   * and to the frame in which every open thread's card is in the list.
   */
  openPanel(): Promise<{ first: number; all: number }>;
  /** Clicks the card of the n-th listed thread; ms from the click to the painted frame. */
  jump(index: number): Promise<{ ms: number; landed: boolean }>;
  /** How many thread cards the panel lists. */
  listed(): number;
  closePanel(): void;
}

const AUTHOR = { name: 'Amina Diallo', initials: 'AD', organization: 'UNDP' };

/** Installs window.commentsBench over the editor page.ts has open (`current`). */
export function installCommentsBench(current: () => EditorHandle | null): void {
  let threads: Thread[] = [];
  let root: Root | null = null;
  const place = document.createElement('div');
  // Over the right of the page, so the editor's own layout is the same with or without it.
  place.style.cssText =
    'position:fixed;top:0;right:0;width:320px;height:100vh;display:flex;background:#fff;z-index:1';
  document.body.append(place);
  const styles = document.createElement('div');
  document.body.append(styles);
  const highlights = createRoot(styles);
  const cards = () => place.querySelectorAll<HTMLElement>('[data-thread-id]');

  const api: CommentsBenchApi = {
    async load(url) {
      const loaded = loadAccordText(await (await fetch(url)).text(), 'bench.accord');
      if (!loaded.ok) throw new Error(loaded.error.message);
      threads = loaded.value.file.comments;
      flushSync(() => highlights.render(createElement(ResolvedHighlights, { threads })));
      return threads.length;
    },
    scan() {
      const handle = current();
      if (!handle) throw new Error('No editor open');
      const started = performance.now();
      openThreadCounts(handle.getDoc(), threads);
      return performance.now() - started;
    },
    async openPanel() {
      const handle = current();
      if (!handle) throw new Error('No editor open');
      api.closePanel();
      const open = threads.filter((t) => t.status === 'open').length;
      const started = performance.now();
      root = createRoot(place);
      const panel = createElement(CommentsPanel, {
        handle,
        threads,
        identity: AUTHOR,
        onChange: (next: Thread[]) => {
          threads = next;
        },
      });
      flushSync(() => root?.render(panel));
      const first = (await afterPaint()) - started;
      let all = first;
      for (let frames = 0; cards().length < open && frames < 600; frames++) {
        all = (await afterPaint()) - started;
      }
      return { first, all };
    },
    async jump(index) {
      const card = cards()[index];
      const handle = current();
      if (!card || !handle) throw new Error(`No thread card ${index}`);
      const id = card.dataset.threadId;
      const quote = card.querySelector<HTMLElement>('.thread-quote');
      const started = performance.now();
      (quote ?? card).click();
      const ms = (await afterPaint()) - started;
      // The jump landed when the thread's text is selected and on screen.
      const { from, to } = handle.view.state.selection;
      const first = id ? rangesOf(handle.view.state.doc, id)[0] : undefined;
      const selected = first !== undefined && first.from === from && first.to === to;
      const box = handle.view.coordsAtPos(from);
      const visible = box.top >= 0 && box.bottom <= window.innerHeight;
      return { ms, landed: selected && visible };
    },
    listed: () => cards().length,
    closePanel() {
      root?.unmount();
      root = null;
    },
  };
  (window as unknown as { commentsBench: CommentsBenchApi }).commentsBench = api;
}
