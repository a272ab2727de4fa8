import { useId } from 'react';
import type { DocumentEntry } from '../../shared/api';
import { formatTime } from './format';

/** Props of {@link DocumentList}. */
export interface DocumentListProps {
  heading: string;
  entries: readonly DocumentEntry[];
  onOpen: (path: string) => void;
}

/** A headed list of documents, each a button (click or Enter opens) with title, file name and date. */
export function DocumentList({ heading, entries, onOpen }: DocumentListProps) {
  const headingId = useId();
  return (
    <section className="document-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <ul>
        {entries.map((entry) => (
          <li key={entry.path}>
            <button
              type="button"
              className="document-entry"
              title={entry.path}
              onClick={() => onOpen(entry.path)}
            >
              <span className="document-title">{entry.title || entry.name}</span>
              <span className="document-name">{entry.name}</span>
              <span className="document-modified">
                Modified <time dateTime={entry.modified}>{formatTime(entry.modified)}</time>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
