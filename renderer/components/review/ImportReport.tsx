import type { ImportedReviews } from '../../../shared/api';
import { Dialog } from '../Dialog';

type Report = ImportedReviews['reports'][number];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}”`;
}

function conflictLine(c: Report['conflicts'][number]): string {
  switch (c.kind) {
    case 'same-words':
      return `${c.reviewer} proposed ${c.proposed ? quoted(c.proposed) : 'deleting the words'} where the text now reads ${c.current ? quoted(c.current) : 'nothing (deleted)'}.`;
    case 'deleted-in-master':
      return `${c.reviewer} changed a passage that has since been deleted: ${quoted(c.proposed)}.`;
    case 'format':
      return `${c.reviewer} proposed a format change (${c.proposed}); the format was also changed here.`;
    case 'placement':
      return `${c.reviewer} wrote new text that had no place left: ${quoted(c.proposed)}.`;
  }
}

/** One copy's report: who, what came in, conflicts, detached threads and warnings. */
function CopyReport({ report }: { report: Report }) {
  const summary = report.alreadyImported
    ? 'Imported before; nothing changed.'
    : [
        plural(report.threads, 'new thread'),
        plural(report.replies, 'reply', 'replies'),
        plural(report.comments, 'comment'),
        plural(report.suggestions, 'suggestion'),
        plural(report.conflicts.length, 'conflict'),
        plural(report.detached.length, 'detached thread'),
      ].join(', ');
  return (
    <section className="review-report" aria-label={`${report.fileName}: ${report.reviewer}`}>
      <h3>
        {report.reviewer} <span className="review-report-file">{report.fileName}</span>
      </h3>
      <p>{summary}</p>
      {report.conflicts.length > 0 && (
        <>
          <h4>Conflicts (both proposals kept; see the Changes and Comments panels)</h4>
          <ul>
            {report.conflicts.map((c) => (
              <li key={c.id}>{conflictLine(c)}</li>
            ))}
          </ul>
        </>
      )}
      {report.detached.length > 0 && (
        <>
          <h4>Detached threads (their words are no longer in the text)</h4>
          <ul>
            {report.detached.map((d) => (
              <li key={d.threadId}>{quoted(d.quote)}</li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 && (
        <ul className="review-warnings">
          {report.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The import report, one section per copy, in the order they were merged. */
export function ImportReport({
  result,
  onClose,
}: {
  result: ImportedReviews;
  onClose: () => void;
}) {
  return (
    <Dialog title="Review imported" onCancel={onClose} className="dialog-wide">
      <div className="review-reports">
        {result.reports.map((report, i) => (
          <CopyReport key={i} report={report} />
        ))}
        {!result.changed && <p>Nothing in this document changed.</p>}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
