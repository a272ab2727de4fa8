import { useId, useMemo, useState } from 'react';
import type { Node } from 'prosemirror-model';
import type { Person } from '../../../shared/document/fileSchema';
import { buildCompareModel, countsText, describeStop, KIND_LABELS } from './compareModel';
import { ReadOnlyDocument } from './ReadOnlyDocument';
import './compare.css';

/** One side of a comparison: a saved version or the current draft. */
export interface CompareSide {
  /** How the side is named to the user, e.g. "“Draft 2” (2025-03-14 09:30 UTC)" or "the current draft". */
  label: string;
  doc: Node;
}

/** Props of {@link CompareView}. */
export interface CompareViewProps {
  from: CompareSide;
  to: CompareSide;
  /** Whom the comparison's change marks name (the newer side's author, or the user for the draft). */
  author: Person;
  /** The time the marks carry (ISO). */
  time: string;
  onClose: () => void;
}

/**
 * The comparison of two versions: a read-only view of the comparison document with inserted,
 * deleted, moved and changed blocks and words marked inline; the counts by kind; Next and
 * Previous change, which scroll to and highlight each change; and the changed action-record
 * fields side by side.
 */
export function CompareView({ from, to, author, time, onClose }: CompareViewProps) {
  const model = useMemo(
    () => buildCompareModel(from.doc, to.doc, { author, time }),
    [from.doc, to.doc, author, time],
  );
  const [index, setIndex] = useState<number | null>(null);
  const titleId = useId();
  const { stops, fields, comparison } = model;
  const stop = index === null ? null : (stops[index] ?? null);
  const highlight = useMemo(() => (stop ? { from: stop.from, to: stop.to } : null), [stop]);

  const step = (direction: 1 | -1) => {
    if (stops.length === 0) return;
    if (index === null) setIndex(direction === 1 ? 0 : stops.length - 1);
    else setIndex((index + direction + stops.length) % stops.length);
  };
  const position =
    stops.length === 0
      ? 'No changes'
      : stop && index !== null
        ? `Change ${index + 1} of ${stops.length}: ${describeStop(stop)}`
        : `${stops.length} change${stops.length === 1 ? '' : 's'}: ${countsText(comparison.counts)}`;
  const goTo = (id: string) => {
    const at = stops.findIndex((s) => s.id === id);
    if (at >= 0) setIndex(at);
  };

  return (
    <section className="compare" aria-labelledby={titleId}>
      <header className="compare-header">
        <div className="compare-heading">
          <h2 id={titleId} className="compare-title">
            Comparing {from.label} with {to.label}
          </h2>
          <button type="button" className="primary" onClick={onClose}>
            Close comparison
          </button>
        </div>
        <div className="compare-tools">
          <ul className="compare-counts" aria-label="Changes by kind">
            {KIND_LABELS.map(({ kind, label }) => (
              <li key={kind} data-kind={kind}>
                <span className="compare-count">{comparison.counts[kind]}</span> {label}
              </li>
            ))}
          </ul>
          <div className="compare-nav" role="group" aria-label="Walk the changes">
            <button type="button" disabled={stops.length === 0} onClick={() => step(-1)}>
              Previous change
            </button>
            <button type="button" disabled={stops.length === 0} onClick={() => step(1)}>
              Next change
            </button>
            <span className="compare-position" role="status">
              {position}
            </span>
          </div>
        </div>
      </header>
      <div className="compare-body">
        <div className="page-scroller compare-page">
          <ReadOnlyDocument
            doc={comparison.doc}
            label={`Comparison of ${from.label} with ${to.label} (read-only)`}
            moved={model.moved}
            highlight={highlight}
          />
        </div>
        <aside className="compare-fields" aria-label="Changed action-record fields">
          <h3 className="panel-title">Action-record fields</h3>
          {fields.length === 0 ? (
            <p className="compare-empty">No action-record field changed.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((row) => (
                  <tr key={row.id} aria-current={stop?.id === row.id ? 'true' : undefined}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => goTo(row.id)}>
                        {row.label}
                      </button>
                      {row.section && <span className="compare-section">{row.section}</span>}
                    </th>
                    <td className="compare-before">{row.before}</td>
                    <td className="compare-after">{row.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </aside>
      </div>
    </section>
  );
}
