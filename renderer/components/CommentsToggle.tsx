import type { MouseEvent } from 'react';
import { PanelToggle } from './PanelToggle';

/** The comment buttons of the toolbar: "New comment" and the "Comments" panel toggle. */
export interface CommentActions {
  /** Starts a comment on the selection, opening the panel. */
  newComment: () => void;
  toggle: () => void;
  /** Whether the Comments panel is open. */
  open: boolean;
  /** False while no editor is mounted or the document is read-only. */
  canComment: boolean;
}

// The editor keeps its selection (what the comment is about) when the button is pressed.
const keepSelection = (event: MouseEvent) => event.preventDefault();

/** The toolbar's "Comments" group: New comment (Ctrl+Alt+M) and the panel toggle. */
export function CommentsToggle({ newComment, toggle, open, canComment }: CommentActions) {
  return (
    <div className="tool-group" role="group" aria-label="Comments">
      <button
        type="button"
        className="tool tool-text"
        aria-label="New comment"
        title="New comment (Ctrl+Alt+M)"
        aria-keyshortcuts="Control+Alt+M"
        disabled={!canComment}
        onMouseDown={keepSelection}
        onClick={newComment}
      >
        New comment
      </button>
      <PanelToggle label="Comments" open={open} onToggle={toggle} />
    </div>
  );
}
