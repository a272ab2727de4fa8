import { formatWords } from './format';
import { LOCKED_REASON, setTracking } from './trackChangesToggle';
import { useStore } from './useStore';
import type { EditorBridge } from '../session/editorBridge';
import type { SessionState } from '../session/documentSession';

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  state: SessionState;
  bridge: EditorBridge;
  /** Id given to the read-only reason, so the disabled Save button can point at it. */
  readOnlyReasonId: string;
}

/** What the save state reads as. */
export function saveStatus(state: Pick<SessionState, 'saving' | 'dirty'>): string {
  if (state.saving) return 'Saving…';
  return state.dirty ? 'Unsaved changes' : 'Saved';
}

/** The bottom bar: file name, save state, read-only reason, suggestion mode, word counts. */
export function StatusBar({ state, bridge, readOnlyReasonId }: StatusBarProps) {
  const { counts, tracking, trackingLocked } = useStore(bridge, (b) => b.snapshot);
  return (
    <footer className="statusbar" aria-label="Status">
      <span className="status-name" title={state.path ?? undefined}>
        {state.name}
      </span>
      <span className="status-save" aria-live="polite">
        {saveStatus(state)}
      </span>
      {state.readOnly && (
        <span id={readOnlyReasonId} className="status-readonly">
          Read-only: {state.readOnlyReason}
        </span>
      )}
      {state.autosaveError && (
        <span className="status-warning" role="alert">
          Autosave failed: {state.autosaveError}
        </span>
      )}
      <span className="status-spacer" />
      <button
        type="button"
        className="status-tracking"
        aria-label="Track changes"
        aria-pressed={tracking}
        title={trackingLocked ? LOCKED_REASON : 'Track changes (Ctrl+Shift+E)'}
        disabled={state.readOnly || trackingLocked}
        onClick={() => setTracking(bridge, !tracking)}
      >
        Track changes: {tracking ? 'On' : 'Off'}
      </button>
      {counts.section !== null && (
        <span className="status-section">
          Section {counts.sectionLabel ?? ''}: {formatWords(counts.section)}
        </span>
      )}
      <span className="status-words">Document: {formatWords(counts.total)}</span>
    </footer>
  );
}
