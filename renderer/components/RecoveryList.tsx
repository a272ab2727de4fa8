import type { RecoveryEntry } from '../../shared/api';
import { baseName } from '../session/fileNames';
import { formatTime } from './format';

/** Props of {@link RecoveryList}. */
export interface RecoveryListProps {
  entries: readonly RecoveryEntry[];
  onRecover: (id: string) => void;
  onDiscard: (entry: RecoveryEntry) => void;
}

/** "Recover unsaved work": what autosave kept from sessions that ended without saving. */
export function RecoveryList({ entries, onRecover, onDiscard }: RecoveryListProps) {
  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title">Recover unsaved work</h2>
      <p className="recovery-intro">
        Accord closed before these changes were saved. Recover them to keep working, or discard
        them.
      </p>
      <ul>
        {entries.map((entry) => {
          const labelId = `recovery-${entry.id}`;
          return (
            <li key={entry.id} className="recovery-entry">
              <div id={labelId} className="recovery-label">
                <span className="document-title">{entry.title || 'Untitled'}</span>
                <span className="document-name">
                  {entry.path ? baseName(entry.path) : 'Never saved'} · autosaved{' '}
                  <time dateTime={entry.savedAt}>{formatTime(entry.savedAt)}</time>
                </span>
              </div>
              <button
                type="button"
                className="primary"
                aria-describedby={labelId}
                onClick={() => onRecover(entry.id)}
              >
                Recover
              </button>
              <button type="button" aria-describedby={labelId} onClick={() => onDiscard(entry)}>
                Discard
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
