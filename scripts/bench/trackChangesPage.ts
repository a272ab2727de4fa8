// The bench page's suggestion-mode part: turns track changes on in the editor page.ts opened,
// mounts the real Changes panel (React, as in the app) beside it, and counts the changes.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { listChanges } from '../../shared/changes';
import type { EditorHandle } from '../../renderer/editor/handle';
import { ChangesPanel } from '../../renderer/panels/changes/ChangesPanel';
import '../../renderer/editor/plugins/trackChanges/trackChanges.css';
import '../../renderer/panels/sidePanel.css';
import '../../renderer/panels/changes/changes.css';
import { afterPaint } from './paint';

/** What the runner calls on the page (window.trackChangesBench). */
export interface TrackChangesBenchApi {
  /** Turns suggestion mode on in the open Accord editor; false when it could not. */
  on(): boolean;
  /** Whether suggestion mode is on. */
  isOn(): boolean;
  /** How many changes the open document holds (walks it: not while timing). */
  changes(): number;
  /** Starts timing each edit the open editor dispatches (plugins, state and view update). */
  timeDispatches(): void;
  /** Stops timing; the ms each dispatch took. */
  dispatchTimes(): number[];
  /** Mounts the Changes panel beside the editor; ms from the render call to the painted frame. */
  openPanel(): Promise<number>;
  /** How many changes the panel lists. */
  listed(): number;
  closePanel(): void;
}

/** Installs window.trackChangesBench over the editor page.ts has open (`current`). */
export function installTrackChangesBench(current: () => EditorHandle | null): void {
  let root: Root | null = null;
  const place = document.createElement('div');
  // Over the right of the page, so the editor's own layout is the same with or without it.
  place.style.cssText =
    'position:fixed;top:0;right:0;width:320px;height:100vh;display:flex;background:#fff;z-index:1';
  document.body.append(place);
  const editor = () => {
    const handle = current();
    if (!handle) throw new Error('No Accord editor open');
    return handle;
  };

  let times: number[] = [];
  let timed: { view: EditorHandle['view']; dispatch: EditorHandle['view']['dispatch'] } | null =
    null;

  const api: TrackChangesBenchApi = {
    on: () => editor().setTrackChanges(true),
    isOn: () => editor().isTrackingChanges(),
    changes: () => listChanges(editor().getDoc()).length,
    timeDispatches() {
      const { view } = editor();
      const dispatch = view.dispatch.bind(view);
      times = [];
      timed = { view, dispatch };
      // The view calls its own dispatch for typed text, so an own property catches every key.
      view.dispatch = (tr) => {
        const started = performance.now();
        dispatch(tr);
        if (tr.docChanged) times.push(performance.now() - started);
      };
    },
    dispatchTimes() {
      if (timed) timed.view.dispatch = timed.dispatch;
      timed = null;
      return times;
    },
    async openPanel() {
      const handle = editor();
      api.closePanel();
      const started = performance.now();
      root = createRoot(place);
      flushSync(() => root?.render(createElement(ChangesPanel, { handle })));
      return (await afterPaint()) - started;
    },
    listed: () => place.querySelectorAll('.change-item').length,
    closePanel() {
      root?.unmount();
      root = null;
    },
  };
  (window as unknown as { trackChangesBench: TrackChangesBenchApi }).trackChangesBench = api;
}
