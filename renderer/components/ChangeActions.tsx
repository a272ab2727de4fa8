import { useId, useMemo, type CSSProperties, type MouseEvent } from 'react';
import type { Command } from 'prosemirror-state';
import {
  acceptChangeAtCursor,
  authorHue,
  rejectChangeAtCursor,
} from '../editor/plugins/trackChanges';
import { ChangeAtCursor, type CursorChange } from '../panels/changes/changeAtCursor';
import type { ChangesEditor } from '../panels/changes/editorChanges';
import { useStore } from './useStore';

/** Props of {@link ChangeActions}. */
export interface ChangeActionsProps {
  /** The editor, or null while none is mounted. */
  handle: ChangesEditor | null;
  /** Nothing can be accepted or rejected in a read-only document: no bar. */
  readOnly: boolean;
}

const KINDS = { insert: 'Inserted', delete: 'Deleted', format: 'Formatted' } as const;

// The editor keeps its cursor (which change to decide) when a button is pressed.
const keepSelection = (event: MouseEvent) => event.preventDefault();

/** Where the bar goes: just under the cursor, in the coordinates of the scrolling page. */
function placeOf(handle: ChangesEditor, change: CursorChange): CSSProperties | null {
  const { view } = handle;
  const scroller = view.dom.closest('.page-scroller');
  if (!scroller || change.pos > view.state.doc.content.size) return null;
  const at = view.coordsAtPos(change.pos);
  const box = scroller.getBoundingClientRect();
  return {
    top: at.bottom - box.top + scroller.scrollTop + 4,
    left: Math.max(4, at.left - box.left + scroller.scrollLeft - 8),
  };
}

/**
 * "Accept" and "Reject" for the change at the cursor, in a small bar under it: it appears when
 * the user clicks or moves into a change and goes away when they type or decide.
 */
export function ChangeActions({ handle, readOnly }: ChangeActionsProps) {
  const store = useMemo(() => new ChangeAtCursor(handle), [handle]);
  const change = useStore(store, (s) => s.snapshot);
  const labelId = useId();
  if (!handle || !change || readOnly) return null;
  const place = placeOf(handle, change);
  if (!place) return null;

  const decide = (command: Command) => {
    const { view } = handle;
    command(view.state, view.dispatch, view);
    store.hide();
    view.focus();
  };

  return (
    <div
      className="change-actions-bar"
      role="toolbar"
      aria-label="Change at cursor"
      aria-describedby={labelId}
      style={{ ...place, '--tc-hue': authorHue(change.author) } as CSSProperties}
    >
      <span id={labelId} className="change-actions-who">
        {KINDS[change.kind]} by {change.author || 'Unknown author'}
      </span>
      <button
        type="button"
        onMouseDown={keepSelection}
        onClick={() => decide(acceptChangeAtCursor)}
      >
        Accept
      </button>
      <button
        type="button"
        onMouseDown={keepSelection}
        onClick={() => decide(rejectChangeAtCursor)}
      >
        Reject
      </button>
    </div>
  );
}
