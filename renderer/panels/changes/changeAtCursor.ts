import type { Node } from 'prosemirror-model';
import {
  authorshipOf,
  blockChangeOf,
  changeMarksOf,
  type ChangeKind,
} from '../../../shared/changes';
import type { EditorChange } from '../../editor/handle';
import type { ChangesEditor } from './editorChanges';

/** The change the cursor is in, as the Accept / Reject bar in the text names it. */
export interface CursorChange {
  id: string;
  kind: ChangeKind;
  author: string;
  /** Where the cursor is (the bar is drawn under it). */
  pos: number;
}

/**
 * The change at a document position: an insertion or deletion touching it, else the change of
 * the innermost changed block holding it. Looks at the position only, so it is cheap.
 */
export function changeAt(doc: Node, pos: number): CursorChange | null {
  const $pos = doc.resolve(pos);
  for (const node of [$pos.nodeAfter, $pos.nodeBefore]) {
    const found = node ? changeMarksOf(node)[0] : undefined;
    if (found) {
      const { id, author } = authorshipOf(found.mark);
      return { id, kind: found.kind, author, pos };
    }
  }
  for (let depth = $pos.depth; depth > 0; depth--) {
    const change = blockChangeOf($pos.node(depth));
    if (change) return { id: change.id, kind: change.kind, author: change.author, pos };
  }
  return null;
}

/**
 * Follows which change the cursor is in, for the Accept / Reject bar in the text. It shows when
 * the user puts the cursor in a change (click, arrows) and hides while they type, so typing in
 * suggestion mode (always inside their own insertion) does not drag a bar along.
 */
export class ChangeAtCursor {
  private current: CursorChange | null = null;
  private listeners = new Set<() => void>();
  private detach: (() => void) | null = null;

  constructor(private readonly editor: ChangesEditor | null) {}

  /** The change at the cursor, or null; the same object until it changed. */
  get snapshot(): CursorChange | null {
    return this.current;
  }

  /** Follows the editor while anyone listens. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.editor && !this.detach) {
      this.detach = this.editor.subscribe((change) => this.onChange(change));
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.detach?.();
      this.detach = null;
    };
  }

  /** Hides the bar (after it accepted or rejected, or on Escape). */
  hide(): void {
    this.update(null);
  }

  private onChange(change: EditorChange): void {
    const state = this.editor?.view.state;
    // The same position Accept and Reject at the cursor decide on.
    this.update(state && !change.docChanged ? changeAt(state.doc, state.selection.from) : null);
  }

  private update(next: CursorChange | null): void {
    const was = this.current;
    if (next === was) return;
    if (next && was && next.id === was.id && next.kind === was.kind && next.pos === was.pos) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
