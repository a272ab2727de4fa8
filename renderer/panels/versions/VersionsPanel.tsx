import { useId, useMemo, useState, type ReactNode } from 'react';
import type { AccordFile } from '../../../shared/document/fileSchema';
import { formatWords } from '../../components/format';
import { CompareChooser } from './CompareChooser';
import { reasonText, versionEntries, type VersionEntry } from './versionEntries';
import './versions.css';

/** Props of {@link VersionsPanel}. */
export interface VersionsPanelProps {
  /** The file holding the versions (the session's versionsFile()). */
  file: AccordFile;
  /** The document cannot be changed here (open elsewhere): versions can be read, not restored. */
  readOnly: boolean;
  /** The version open read-only in the page, if any. */
  openId: string | null;
  onOpen: (id: string) => void;
  /** Asks to restore a version (the caller confirms first). */
  onRestore: (id: string) => void;
  /** Compares version `from` with version `to`, or with the current draft when `to` is null. */
  onCompare: (from: string, to: string | null) => void;
  onClose: () => void;
  /** Why the last action failed (a damaged version, a failed restore), shown as an alert. */
  error?: string | null;
}

/**
 * The "Versions" side panel: every saved version, newest first, with its author, time, note,
 * word count and what changed since the one before; Open, Restore and Compare. A damaged
 * version is listed with its problem and its actions disabled; every other one still works.
 */
export function VersionsPanel(props: VersionsPanelProps) {
  const { file, readOnly, openId, onOpen, onRestore, onCompare, onClose, error = null } = props;
  const entries = useMemo(() => versionEntries(file), [file]);
  const [comparing, setComparing] = useState<string | null>(null);
  const titleId = useId();

  return (
    <aside className="side-panel versions-panel" aria-labelledby={titleId}>
      <div className="side-panel-header versions-header">
        <h2 id={titleId} className="panel-title">
          Versions
        </h2>
        <button type="button" className="tool" aria-label="Close versions" onClick={onClose}>
          ✕
        </button>
      </div>
      {error && (
        <p role="alert" className="versions-error">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="versions-empty">
          No versions yet. Use “Save version” to keep the document as it is now.
        </p>
      ) : (
        <ol className="versions-list">
          {entries.map((entry) => (
            <VersionItem
              key={entry.id}
              entry={entry}
              open={entry.id === openId}
              readOnly={readOnly}
              onOpen={() => onOpen(entry.id)}
              onRestore={() => onRestore(entry.id)}
              onCompare={() => setComparing(comparing === entry.id ? null : entry.id)}
            >
              {comparing === entry.id && (
                <CompareChooser
                  entry={entry}
                  others={entries.filter((e) => e.id !== entry.id && !e.problem)}
                  onCompare={(other) => {
                    setComparing(null);
                    onCompare(entry.id, other);
                  }}
                  onCancel={() => setComparing(null)}
                />
              )}
            </VersionItem>
          ))}
        </ol>
      )}
    </aside>
  );
}

interface VersionItemProps {
  entry: VersionEntry;
  open: boolean;
  readOnly: boolean;
  onOpen: () => void;
  onRestore: () => void;
  onCompare: () => void;
  children?: ReactNode;
}

function VersionItem({
  entry,
  open,
  readOnly,
  onOpen,
  onRestore,
  onCompare,
  children,
}: VersionItemProps) {
  const nameId = useId();
  const damaged = entry.problem !== null;
  const reason = reasonText(entry.reason);
  return (
    <li
      className={`version${damaged ? ' version-damaged' : ''}${open ? ' version-open' : ''}`}
      aria-labelledby={nameId}
      aria-current={open ? 'true' : undefined}
      data-version-id={entry.id}
    >
      <h3 id={nameId} className="version-name" title={entry.fullName}>
        {entry.name}
      </h3>
      <p className="version-meta">
        <span className="version-author">{entry.author}</span> ·{' '}
        <time dateTime={entry.time}>{entry.when}</time> ·{' '}
        <span className="version-words">{formatWords(entry.words)}</span>
      </p>
      {reason && <p className="version-reason">{reason}</p>}
      {entry.note && <p className="version-note">{entry.note}</p>}
      {entry.summary && <p className="version-summary">{entry.summary}</p>}
      {damaged && <p className="version-problem">{entry.problem}</p>}
      <div className="version-actions" role="group" aria-labelledby={nameId}>
        <button type="button" disabled={damaged} onClick={onOpen}>
          Open
        </button>
        <button type="button" disabled={damaged || readOnly} onClick={onRestore}>
          Restore
        </button>
        <button type="button" disabled={damaged} onClick={onCompare}>
          Compare
        </button>
      </div>
      {children}
    </li>
  );
}
