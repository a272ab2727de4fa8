import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type {
  EditorChange,
  EditorCommand,
  EditorHandle,
  OutlineEntry,
  WordCounts,
} from '../../../../renderer/editor/handle';

/**
 * An EditorHandle over a document held in memory: tests change `doc` with `edit` and fire the
 * subscription as the real editor does; commands are logged.
 */
export class FakeHandle implements EditorHandle {
  /** Only a plugin-less state of the first document: chrome reading plugin state finds none. */
  readonly view: EditorView;
  listeners = new Set<(change: EditorChange) => void>();
  ran: EditorCommand[] = [];
  /** Section moves: a direction ('up'/'down') or the target heading id (null = end). */
  moves: { id: string; to: string | null }[] = [];
  active = new Set<EditorCommand>();
  enabled = new Set<EditorCommand>(['undo', 'bold', 'italic', 'heading1', 'paragraph']);
  entries: OutlineEntry[] = [];
  counts: WordCounts = { total: 3, section: null, sectionLabel: null };
  editable: boolean;
  destroyed = false;
  outlineCalls = 0;
  countCalls = 0;
  toolbarCalls = 0;
  links: string[] = [];

  constructor(
    public doc: Node,
    editable = true,
  ) {
    this.editable = editable;
    this.view = { state: EditorState.create({ doc }) } as EditorView;
  }

  /** Replaces the document and tells subscribers, like a typing transaction. */
  edit(doc: Node, outlineChanged = false): void {
    this.doc = doc;
    this.emit({ docChanged: true, outlineChanged });
  }

  emit(change: EditorChange): void {
    for (const listener of this.listeners) listener(change);
  }

  getDoc = () => this.doc;
  setDoc = (doc: Node) => {
    this.doc = doc;
  };
  subscribe = (listener: (change: EditorChange) => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
  outline = () => {
    this.outlineCalls++;
    return this.entries.map((e) => ({ ...e }));
  };
  wordCounts = () => {
    this.countCalls++;
    return { ...this.counts };
  };
  run = (command: EditorCommand) => {
    this.ran.push(command);
    return true;
  };
  canRun = (command: EditorCommand) => {
    this.toolbarCalls++;
    return this.enabled.has(command);
  };
  isActive = (command: EditorCommand) => this.active.has(command);
  setLink = (href: string) => {
    this.links.push(href);
    return /^(https?:|mailto:)/.test(href);
  };
  moveSection = (id: string, direction: 'up' | 'down') => {
    this.moves.push({ id, to: direction });
    return true;
  };
  moveSectionBefore = (id: string, target: string | null) => {
    this.moves.push({ id, to: target });
    return true;
  };
  jumps: string[] = [];
  jumpTo = (id: string) => {
    this.jumps.push(id);
  };
  setEditable = (editable: boolean) => {
    this.editable = editable;
  };
  tracking = false;
  trackingLocked = false;
  isTrackingChanges = () => this.tracking;
  setTrackChanges = (on: boolean) => {
    if (!this.editable || (this.trackingLocked && !on)) return false;
    this.tracking = on;
    this.emit({ docChanged: false, outlineChanged: false });
    return true;
  };
  isTrackChangesLocked = () => this.trackingLocked;
  lockTrackChanges = (locked: boolean) => {
    this.trackingLocked = locked;
    if (locked) this.tracking = true;
    this.emit({ docChanged: false, outlineChanged: false });
  };
  focus = () => undefined;
  destroy = () => {
    this.destroyed = true;
  };
}
