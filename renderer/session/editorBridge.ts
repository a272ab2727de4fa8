import type { EditorCommand, EditorHandle, OutlineEntry, WordCounts } from '../editor/handle';
import { throttle } from './timing';

/** The commands whose state the toolbar shows. */
export const TOOLBAR_COMMANDS: readonly EditorCommand[] = [
  'undo',
  'redo',
  'bold',
  'italic',
  'underline',
  'superscript',
  'subscript',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'heading5',
  'numberedParagraph',
  'paragraph',
  'indent',
  'outdent',
  'bulletList',
  'orderedList',
  'blockquote',
  'insertTable',
  'insertActionRecord',
  'insertFootnote',
  'removeLink',
];

/** What the chrome around the editor shows; replaced (never mutated) when something changed. */
export interface ChromeSnapshot {
  outline: readonly OutlineEntry[];
  counts: WordCounts;
  active: ReadonlySet<EditorCommand>;
  enabled: ReadonlySet<EditorCommand>;
  /** Suggestion mode (track changes) is on. */
  tracking: boolean;
  /** Suggestion mode is locked on (a review copy). */
  trackingLocked: boolean;
}

/** How long each part of the chrome may lag behind the document, in ms. */
export interface ChromeDelays {
  toolbar: number;
  outline: number;
  counts: number;
}

const DEFAULT_DELAYS: ChromeDelays = { toolbar: 50, outline: 150, counts: 500 };
const EMPTY: ChromeSnapshot = {
  outline: [],
  counts: { total: 0, section: null, sectionLabel: null },
  active: new Set(),
  enabled: new Set(),
  tracking: false,
  trackingLocked: false,
};

/**
 * Keeps the chrome's view of the editor (toolbar states, outline, word counts) up to date
 * without touching React on every keystroke: each part is recomputed at most once per delay and
 * subscribers hear only about real differences.
 */
export class EditorBridge {
  private attached: EditorHandle | null = null;
  private current: ChromeSnapshot = EMPTY;
  private listeners = new Set<() => void>();
  private outlineStale = false;
  private readonly toolbarTimer;
  private readonly outlineTimer;
  private readonly countsTimer;

  /** `onEdit` hears about every document change (the session's dirty flag and autosave). */
  constructor(
    private readonly onEdit: () => void,
    delays: ChromeDelays = DEFAULT_DELAYS,
  ) {
    this.toolbarTimer = throttle(() => this.refreshToolbar(), delays.toolbar);
    this.outlineTimer = throttle(() => this.refreshOutline(), delays.outline);
    this.countsTimer = throttle(() => this.refreshCounts(), delays.counts);
  }

  /** The editor, while one is attached. */
  get handle(): EditorHandle | null {
    return this.attached;
  }

  /** The latest chrome state. */
  get snapshot(): ChromeSnapshot {
    return this.current;
  }

  /** Calls `listener` whenever the snapshot changed; returns an unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts following an editor; returns a detach that stops all timers. */
  attach(handle: EditorHandle): () => void {
    this.attached = handle;
    this.refreshToolbar();
    this.refreshOutline();
    this.refreshCounts();
    const unsubscribe = handle.subscribe((change) => {
      if (change.docChanged) {
        this.onEdit();
        // Section word counts in the outline follow the text, at the counts' pace.
        this.outlineStale = true;
      }
      if (change.outlineChanged) this.outlineTimer.schedule();
      this.toolbarTimer.schedule();
      this.countsTimer.schedule();
    });
    return () => {
      unsubscribe();
      this.toolbarTimer.cancel();
      this.outlineTimer.cancel();
      this.countsTimer.cancel();
      if (this.attached === handle) this.attached = null;
    };
  }

  /** Brings every part up to date now (after a command the user expects to see at once). */
  refreshNow(): void {
    this.toolbarTimer.cancel();
    this.refreshToolbar();
    if (this.outlineTimer.pending || this.outlineStale) {
      this.outlineTimer.cancel();
      this.refreshOutline();
    }
  }

  private refreshToolbar(): void {
    const handle = this.attached;
    if (!handle) return;
    const active = new Set(TOOLBAR_COMMANDS.filter((c) => handle.isActive(c)));
    const enabled = new Set(TOOLBAR_COMMANDS.filter((c) => handle.canRun(c)));
    const tracking = handle.isTrackingChanges();
    const trackingLocked = handle.isTrackChangesLocked();
    const was = this.current;
    if (
      sameSet(active, was.active) &&
      sameSet(enabled, was.enabled) &&
      tracking === was.tracking &&
      trackingLocked === was.trackingLocked
    )
      return;
    this.set({ ...was, active, enabled, tracking, trackingLocked });
  }

  private refreshOutline(): void {
    const handle = this.attached;
    if (!handle) return;
    this.outlineStale = false;
    const outline = handle.outline();
    if (sameOutline(outline, this.current.outline)) return;
    this.set({ ...this.current, outline });
  }

  private refreshCounts(): void {
    const handle = this.attached;
    if (!handle) return;
    if (this.outlineStale) this.refreshOutline();
    const counts = handle.wordCounts();
    const was = this.current.counts;
    if (
      counts.total === was.total &&
      counts.section === was.section &&
      counts.sectionLabel === was.sectionLabel
    )
      return;
    this.set({ ...this.current, counts });
  }

  private set(next: ChromeSnapshot): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

function sameOutline(a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((entry, i) => {
    const other = b[i];
    return (
      other !== undefined &&
      entry.id === other.id &&
      entry.level === other.level &&
      entry.label === other.label &&
      entry.title === other.title &&
      entry.words === other.words
    );
  });
}
