import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { Command } from 'prosemirror-state';
import { authorsOf, type TrackedChange } from '../../../shared/changes';
import { useStore } from '../../components/useStore';
import {
  acceptAllChanges,
  acceptChangeById,
  goToChange,
  isTrackChangesLocked,
  rejectAllChanges,
  rejectChangeById,
  selectRange,
  setTrackChanges,
} from '../../editor/plugins/trackChanges';
import { ChangeItem, type ChangeItemProps } from './ChangeItem';
import { EditorChanges, type ChangesEditor } from './editorChanges';
import { itemKeys, latestOf, sameShown } from './stableList';

/** Props of {@link ChangesPanel}. */
export interface ChangesPanelProps {
  /** The editor (an EditorHandle), or null while none is mounted. */
  handle: ChangesEditor | null;
  /** The document is read-only: changes can be read and walked, not accepted or rejected. */
  readOnly?: boolean;
}

const ALL = '';

// Typing moves every later change: an item re-renders only when what it shows changed, so a
// refresh of 2,000 changes does not redraw 2,000 items.
const Item = memo(
  ChangeItem,
  (a: ChangeItemProps, b: ChangeItemProps) =>
    a.current === b.current &&
    a.readOnly === b.readOnly &&
    a.onShow === b.onShow &&
    a.onAccept === b.onAccept &&
    a.onReject === b.onReject &&
    sameShown(a.change, b.change),
);

/**
 * The "Changes" side panel: the "Track changes" switch, every change with its kind, author and
 * text, Accept and Reject on each, Accept all and Reject all (for everyone or one author), next
 * and previous change, and a filter by author. Clicking a change selects it in the text.
 */
export function ChangesPanel({ handle, readOnly = false }: ChangesPanelProps) {
  const editor = useMemo(() => new EditorChanges(handle), [handle]);
  const { on, changes } = useStore(editor, (e) => e.snapshot);
  const [author, setAuthor] = useState(ALL);
  const [current, setCurrent] = useState<TrackedChange | null>(null);
  const authorId = useId();
  const authors = authorsOf(changes);
  const chosen = author !== ALL && authors.includes(author) ? author : null;
  const visible = chosen === null ? changes : changes.filter((c) => c.author === chosen);

  const runCommand = useCallback(
    (command: Command, focus = false): boolean => {
      const view = handle?.view;
      if (!view) return false;
      const done = command(view.state, view.dispatch, view);
      if (done && focus) view.focus();
      editor.refreshNow();
      return done;
    },
    [handle, editor],
  );

  // The item may hold an older listing of its change (see Item): select where it is now.
  const show = useCallback(
    (shown: TrackedChange) => {
      const change = latestOf(editor.snapshot.changes, shown);
      setCurrent(change);
      runCommand(selectRange(change.from, change.to), true);
    },
    [editor, runCommand],
  );

  const step = (direction: 1 | -1) => {
    if (!runCommand(goToChange(direction, chosen ?? undefined))) return;
    const from = handle?.view.state.selection.from ?? -1;
    // A block change is selected from inside its block, one past where it starts.
    const at =
      visible.find((c) => c.from === from) ?? visible.find((c) => c.from < from && from < c.to);
    setCurrent(at ?? null);
  };

  const decide = useCallback(
    (command: Command) => {
      setCurrent(null);
      runCommand(command);
    },
    [runCommand],
  );
  const accept = useCallback((c: TrackedChange) => decide(acceptChangeById(c.id)), [decide]);
  const reject = useCallback((c: TrackedChange) => decide(rejectChangeById(c.id)), [decide]);
  const keys = itemKeys(visible);

  return (
    <section className="side-panel changes-panel" aria-label="Changes">
      <div className="side-panel-header changes-header">
        <h2 className="changes-title">Changes</h2>
        <button
          type="button"
          className="changes-toggle"
          aria-pressed={on}
          disabled={!handle || readOnly || isTrackChangesLocked(handle.view.state)}
          onClick={() => runCommand(setTrackChanges(!on))}
        >
          Track changes
        </button>
      </div>
      <div className="changes-tools">
        <button type="button" disabled={visible.length === 0} onClick={() => step(-1)}>
          Previous change
        </button>
        <button type="button" disabled={visible.length === 0} onClick={() => step(1)}>
          Next change
        </button>
        <button
          type="button"
          disabled={readOnly || changes.length === 0}
          onClick={() => decide(acceptAllChanges())}
        >
          Accept all
        </button>
        <button
          type="button"
          disabled={readOnly || changes.length === 0}
          onClick={() => decide(rejectAllChanges())}
        >
          Reject all
        </button>
      </div>
      <div className="changes-author">
        <label htmlFor={authorId}>Author</label>
        <select id={authorId} value={chosen ?? ALL} onChange={(e) => setAuthor(e.target.value)}>
          <option value={ALL}>All authors</option>
          {authors.map((name) => (
            <option key={name} value={name}>
              {name || 'Unknown author'}
            </option>
          ))}
        </select>
        {chosen !== null && (
          <span className="changes-author-actions">
            <button
              type="button"
              disabled={readOnly}
              onClick={() => decide(acceptAllChanges(chosen))}
            >
              Accept all by {chosen}
            </button>
            <button
              type="button"
              disabled={readOnly}
              onClick={() => decide(rejectAllChanges(chosen))}
            >
              Reject all by {chosen}
            </button>
          </span>
        )}
      </div>
      <p className="changes-count" aria-live="polite">
        {countText(visible.length, changes.length)}
      </p>
      {visible.length > 0 && (
        <ol className="changes-list">
          {visible.map((change, i) => (
            <Item
              key={keys[i]}
              change={change}
              current={current?.id === change.id && current.from === change.from}
              readOnly={readOnly}
              onShow={show}
              onAccept={accept}
              onReject={reject}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function countText(shown: number, total: number): string {
  if (total === 0) return 'No changes.';
  const what = total === 1 ? '1 change' : `${total} changes`;
  return shown === total ? what : `${shown} of ${what}`;
}
