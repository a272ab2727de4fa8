import { useCallback, useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import type { AccordFile } from '../../../shared/document/fileSchema';
import { ChangeActions } from '../../components/ChangeActions';
import { setTracking } from '../../components/trackChangesToggle';
import type { ReviewActions } from '../../components/TrackChangesTools';
import type { EditorHandle } from '../../editor/handle';
import type { TrackChangesStart } from '../../editor/setup';
import type { EditorBridge } from '../../session/editorBridge';
import { ChangesPanel } from './ChangesPanel';

/** The pieces of suggestion mode the editor screen places. */
export interface ChangesUi {
  /** The toolbar's Review group. */
  toolbar: ReviewActions;
  /** The Changes panel while open. */
  side: ReactNode;
  /** The Accept / Reject bar in the text, inside the page's scroller. */
  inText: ReactNode;
  /** Connects a mounted editor; returns a detach. Stable for the session. */
  attach: (handle: EditorHandle) => () => void;
}

/**
 * Suggestion mode when a document's editor is created: locked on in a review copy (every edit
 * a reviewer makes is a suggestion), otherwise off until the user turns it on.
 */
export function trackChangesFor(file: Pick<AccordFile, 'review'>): TrackChangesStart {
  return file.review !== null ? 'locked' : 'off';
}

/** Whether a key press is Ctrl+Shift+E (Cmd+Shift+E on a Mac), Word's Track Changes. */
export function isTrackChangesKey(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'e'
  );
}

/**
 * Suggestion mode for one editor screen: the Changes panel (closed at first) and its toolbar
 * toggle, the Track changes switch (Ctrl+Shift+E from anywhere), and Accept / Reject at the cursor.
 */
export function useChangesUi(bridge: EditorBridge, readOnly: boolean): ChangesUi {
  const [handle, setHandle] = useState<EditorHandle | null>(null);
  const [open, setOpen] = useState(false);

  // Ctrl+Shift+E wherever the focus is; in the text the editor's keymap answers it first.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || !isTrackChangesKey(event) || readOnly) return;
    if (document.querySelector('[aria-modal="true"]')) return;
    event.preventDefault();
    setTracking(bridge, !bridge.snapshot.tracking);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const attach = useCallback((h: EditorHandle) => {
    setHandle(h);
    return () => setHandle((current) => (current === h ? null : current));
  }, []);

  const toolbar: ReviewActions = {
    bridge,
    open,
    toggle: () => setOpen((was) => !was),
    readOnly,
  };
  const side = open ? <ChangesPanel handle={handle} readOnly={readOnly} /> : null;
  const inText = <ChangeActions handle={handle} readOnly={readOnly} />;
  return { toolbar, side, inText, attach };
}
