import type { MouseEvent } from 'react';
import type { EditorBridge } from '../session/editorBridge';
import { LOCKED_REASON, setTracking } from './trackChangesToggle';
import { useStore } from './useStore';
import { PanelToggle } from './PanelToggle';

/** The toolbar's review buttons: the "Track changes" switch and the "Changes" panel toggle. */
export interface ReviewActions {
  bridge: EditorBridge;
  /** Whether the Changes panel is open. */
  open: boolean;
  toggle: () => void;
  readOnly: boolean;
}

// The editor keeps its selection when the switch is pressed.
const keepSelection = (event: MouseEvent) => event.preventDefault();

/** The toolbar's "Review" group: Track changes (Ctrl+Shift+E) and the Changes panel toggle. */
export function TrackChangesTools({ bridge, open, toggle, readOnly }: ReviewActions) {
  const { tracking, trackingLocked } = useStore(bridge, (b) => b.snapshot);
  return (
    <div className="tool-group" role="group" aria-label="Review">
      <button
        type="button"
        className="tool tool-text"
        aria-label="Track changes"
        title={trackingLocked ? LOCKED_REASON : 'Track changes (Ctrl+Shift+E)'}
        aria-keyshortcuts="Control+Shift+E"
        aria-pressed={tracking}
        disabled={readOnly || trackingLocked}
        onMouseDown={keepSelection}
        onClick={() => setTracking(bridge, !tracking)}
      >
        Track changes
      </button>
      <PanelToggle label="Changes" open={open} onToggle={toggle} />
    </div>
  );
}
