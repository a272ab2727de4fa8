import { useCallback, useState, type ReactNode } from 'react';
import type { AccordFile } from '../../../shared/document/fileSchema';
import { ChangeActions } from '../../components/ChangeActions';
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

/**
 * Suggestion mode for one editor screen: the Changes panel (closed at first) and its toolbar
 * toggle, the Track changes switch, and Accept / Reject at the cursor.
 */
export function useChangesUi(bridge: EditorBridge, readOnly: boolean): ChangesUi {
  const [handle, setHandle] = useState<EditorHandle | null>(null);
  const [open, setOpen] = useState(false);

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
