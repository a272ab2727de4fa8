import { listChanges, type TrackedChange } from '../../../shared/changes';
import type { EditorChange, EditorHandle } from '../../editor/handle';
import { isTrackingChanges } from '../../editor/plugins/trackChanges';
import { debounce, type Scheduled } from '../../session/timing';

/** The part of the editor handle the changes panel uses. */
export type ChangesEditor = Pick<EditorHandle, 'view' | 'subscribe'>;

/** What the panel shows of the editor. */
export interface ChangesSnapshot {
  /** Suggestion mode is on. */
  on: boolean;
  /** Every change, in document order, as of the last refresh. */
  changes: readonly TrackedChange[];
}

/** How long the list may wait for typing to pause, and at most lag behind, in ms. */
export const CHANGES_REFRESH_MS = 300;
export const CHANGES_MAX_LAG_MS = 1500;

const EMPTY: ChangesSnapshot = { on: false, changes: [] };

/**
 * The editor as the changes panel sees it, for useSyncExternalStore. Whether suggestion mode is
 * on follows every transaction (a plugin-state read); the list of changes, which walks the whole
 * document, is rebuilt only once typing pauses (or at most every {@link CHANGES_MAX_LAG_MS}).
 */
export class EditorChanges {
  private current: ChangesSnapshot;
  private listeners = new Set<() => void>();
  private detach: (() => void) | null = null;
  private readonly timer: Scheduled;

  constructor(private readonly editor: ChangesEditor | null) {
    this.current = this.read(true);
    this.timer = debounce(() => this.refreshNow(), CHANGES_REFRESH_MS, CHANGES_MAX_LAG_MS);
  }

  /** The latest snapshot; the same object until something changed. */
  get snapshot(): ChangesSnapshot {
    return this.current;
  }

  /** Follows the editor while anyone listens. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.editor && !this.detach) {
      this.detach = this.editor.subscribe((change) => this.onChange(change));
      this.update(this.read(true));
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.detach?.();
      this.detach = null;
      this.timer.cancel();
    };
  }

  /** Rebuilds the list now (after the panel itself accepted or rejected something). */
  refreshNow(): void {
    this.timer.cancel();
    this.update(this.read(true));
  }

  private read(withList: boolean): ChangesSnapshot {
    const state = this.editor?.view.state;
    if (!state) return EMPTY;
    return {
      on: isTrackingChanges(state),
      changes: withList ? listChanges(state.doc) : this.current.changes,
    };
  }

  private onChange(change: EditorChange): void {
    if (change.docChanged) this.timer.schedule();
    this.update(this.read(false));
  }

  private update(next: ChangesSnapshot): void {
    const was = this.current;
    if (next.on === was.on && sameChanges(next.changes, was.changes)) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}

function sameChanges(a: readonly TrackedChange[], b: readonly TrackedChange[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((c, i) => {
    const d = b[i]!;
    return (
      c.id === d.id &&
      c.kind === d.kind &&
      c.from === d.from &&
      c.to === d.to &&
      c.excerpt === d.excerpt &&
      c.detail === d.detail
    );
  });
}
