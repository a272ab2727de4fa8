import type { Node } from 'prosemirror-model';
import { listChanges } from '../../../shared/changes/list';
import {
  compareDocuments,
  type Change,
  type ChangeKind,
  type CompareMeta,
  type Comparison,
} from '../../../shared/diff/compare';
import { typeLabel } from '../../../shared/diff/describe';

/** One place the comparison walks to with Next and Previous change. */
export interface ChangeStop {
  /** The change id (shared by its marks and block attribute). */
  id: string;
  from: number;
  to: number;
  /** What the comparison says about it; absent only for marks it did not make. */
  change?: Change;
}

/** A changed action-record field (or status), before and after, for the side-by-side list. */
export interface FieldRow {
  id: string;
  label: string;
  section: string;
  before: string;
  after: string;
}

/** A comparison and what the view needs to walk and list it. */
export interface CompareModel {
  comparison: Comparison;
  stops: ChangeStop[];
  /** Ids of changes that are moves, whose two halves are labelled. */
  moved: ReadonlySet<string>;
  fields: FieldRow[];
}

/** How each kind of change reads in the summary, in the order it is shown. */
export const KIND_LABELS: readonly { kind: ChangeKind; label: string }[] = [
  { kind: 'inserted', label: 'inserted' },
  { kind: 'deleted', label: 'deleted' },
  { kind: 'changed', label: 'changed' },
  { kind: 'moved', label: 'moved' },
  { kind: 'attribute', label: 'formatting' },
];

/**
 * The places to walk, in document order: the pieces of one change that follow each other (the
 * deleted and inserted words of a paragraph) are one stop; the two halves of a move are two.
 */
function stopsOf(doc: Node, byId: ReadonlyMap<string, Change>): ChangeStop[] {
  const stops: ChangeStop[] = [];
  for (const piece of listChanges(doc)) {
    const last = stops.at(-1);
    if (last && last.id === piece.id) {
      last.from = Math.min(last.from, piece.from);
      last.to = Math.max(last.to, piece.to);
      continue;
    }
    const change = byId.get(piece.id);
    stops.push({ id: piece.id, from: piece.from, to: piece.to, ...(change ? { change } : {}) });
  }
  return stops;
}

function fieldRows(changes: readonly Change[]): FieldRow[] {
  return changes
    .filter((c) => c.topBlockType === 'action_record')
    .map((c) => ({
      id: c.id,
      label:
        c.field ??
        (c.kind === 'attribute'
          ? 'Status'
          : `Whole action record (${c.kind === 'moved' ? 'moved' : c.kind})`),
      section: c.section,
      before: c.before,
      after: c.after,
    }));
}

/** Compares two documents and prepares the comparison for the view. */
export function buildCompareModel(oldDoc: Node, newDoc: Node, meta: CompareMeta): CompareModel {
  const comparison = compareDocuments(oldDoc, newDoc, meta);
  const byId = new Map(comparison.changes.map((c) => [c.id, c]));
  return {
    comparison,
    stops: stopsOf(comparison.doc, byId),
    moved: new Set(comparison.changes.filter((c) => c.kind === 'moved').map((c) => c.id)),
    fields: fieldRows(comparison.changes),
  };
}

/** One line describing a stop, e.g. "Changed numbered paragraph in II.A. Statistics". */
export function describeStop(stop: ChangeStop): string {
  const change = stop.change;
  if (!change) return 'Change';
  const kind = KIND_LABELS.find((k) => k.kind === change.kind)?.label ?? change.kind;
  const what = change.field ? `${change.field} field` : typeLabel(change.blockType);
  const verb = kind.charAt(0).toUpperCase() + kind.slice(1);
  const where = change.section ? ` in ${change.section}` : '';
  return change.kind === 'attribute' ? `Formatting of ${what}${where}` : `${verb} ${what}${where}`;
}

/** The summary of counts as a sentence, e.g. "3 inserted, 1 moved"; "No changes" when none. */
export function countsText(counts: Readonly<Record<ChangeKind, number>>): string {
  const parts = KIND_LABELS.filter(({ kind }) => counts[kind] > 0).map(
    ({ kind, label }) => `${counts[kind]} ${label}`,
  );
  return parts.length ? parts.join(', ') : 'No changes';
}
