import { useId, type CSSProperties } from 'react';
import type { TrackedChange } from '../../../shared/changes';
import { isConflictId } from '../../../shared/review/conflictNotes';
import { formatTime } from '../../components/format';
import { authorHue } from '../../editor/plugins/trackChanges';

/** Props of {@link ChangeItem}. */
export interface ChangeItemProps {
  change: TrackedChange;
  current: boolean;
  readOnly: boolean;
  onShow: (change: TrackedChange) => void;
  onAccept: (change: TrackedChange) => void;
  onReject: (change: TrackedChange) => void;
}

const KIND_LABELS = { insert: 'Inserted', delete: 'Deleted', format: 'Formatted' } as const;

/** One change in the list: kind, author and time, the text, and Accept / Reject. */
export function ChangeItem({
  change,
  current,
  readOnly,
  onShow,
  onAccept,
  onReject,
}: ChangeItemProps) {
  const describedBy = useId();
  const kind = KIND_LABELS[change.kind];
  return (
    <li
      className={`change-item change-${change.kind}`}
      data-change-id={change.id}
      style={{ '--tc-hue': authorHue(change.author) } as CSSProperties}
    >
      <button
        type="button"
        className="change-entry"
        aria-current={current ? 'true' : undefined}
        aria-describedby={describedBy}
        onClick={() => onShow(change)}
      >
        <span className="change-meta">
          <span className="change-kind">{kind}</span>
          {isConflictId(change.id) && (
            <span
              className="change-conflict"
              title="A reviewer and this document changed the same words; see the comment thread"
            >
              Conflict
            </span>
          )}
          <span className="change-author">{change.author || 'Unknown author'}</span>
          {change.organization && <span className="change-org">{change.organization}</span>}
          <time className="change-time" dateTime={change.time}>
            {formatTime(change.time)}
          </time>
        </span>
        <span className="change-excerpt" id={describedBy}>
          {change.detail ? `${change.detail}: ` : ''}
          {change.excerpt}
        </span>
      </button>
      <span className="change-actions">
        <button
          type="button"
          disabled={readOnly}
          aria-describedby={describedBy}
          onClick={() => onAccept(change)}
        >
          Accept
        </button>
        <button
          type="button"
          disabled={readOnly}
          aria-describedby={describedBy}
          onClick={() => onReject(change)}
        >
          Reject
        </button>
      </span>
    </li>
  );
}
