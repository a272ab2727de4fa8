/** The masthead lines of a UN document, in display order. */
export const MASTHEAD_FIELDS = [
  { key: 'body', label: 'Body' },
  { key: 'symbol', label: 'Symbol' },
  { key: 'distribution', label: 'Distribution' },
  { key: 'date', label: 'Date' },
  { key: 'language', label: 'Original language' },
  { key: 'title', label: 'Title' },
  { key: 'version', label: 'Version' },
  { key: 'status', label: 'Status' },
] as const;

/** A masthead field key. */
export type MastheadFieldKey = (typeof MASTHEAD_FIELDS)[number]['key'];

/** The fields of an action record (PRODUCT.md), in display and export order. */
export const ACTION_FIELDS = [
  { key: 'description', label: 'Description' },
  { key: 'lead', label: 'Lead entity' },
  { key: 'contributors', label: 'Contributing members' },
  { key: 'partners', label: 'Partners' },
  { key: 'start', label: 'Start' },
  { key: 'end', label: 'End' },
  { key: 'deliverables', label: 'Deliverables' },
  { key: 'baseline', label: 'Indicator baseline' },
  { key: 'target', label: 'Indicator target' },
  { key: 'verification', label: 'Means of verification' },
  { key: 'resources', label: 'Resources' },
  { key: 'resolution', label: 'Resolution paragraph' },
  { key: 'sdg', label: 'SDG target' },
] as const;

/** An action-record field key. */
export type ActionFieldKey = (typeof ACTION_FIELDS)[number]['key'];

/** The statuses an action record can have. */
export const ACTION_STATUSES = [
  { key: 'planned', label: 'Planned' },
  { key: 'on_track', label: 'On track' },
  { key: 'delayed', label: 'Delayed' },
  { key: 'done', label: 'Done' },
] as const;

/** An action-record status key. */
export type ActionStatus = (typeof ACTION_STATUSES)[number]['key'];

/** Looks up a field's label, falling back to the key for unknown keys. */
export function labelOf(list: readonly { key: string; label: string }[], key: string): string {
  return list.find((f) => f.key === key)?.label ?? key;
}
