import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';

function idOf(node: Node): string | null {
  const id: unknown = node.attrs.id;
  return typeof id === 'string' ? id : null;
}

/** A node view that shows a computed label (a number or an action ID). */
export interface LabelTarget {
  setLabel(label: string | null): void;
  readonly getPos: () => number | undefined;
}

interface Registry {
  /** By block id: ProseMirror keeps a view for an equal (not identical) node, so ids are the key. */
  byId: Map<string, LabelTarget>;
  /** Views created since the labels were last pushed; they have none yet. */
  pending: Set<LabelTarget>;
}

/**
 * Which node view shows which node, per editor, so a plugin can push labels straight to the
 * views that need them. Labels set this way cost nothing on keystrokes, unlike one decoration
 * per top-level block, which ProseMirror's view compares child by child (quadratic in blocks).
 */
export class LabelTargets {
  private readonly registries = new WeakMap<EditorView, Registry>();

  private registry(view: EditorView): Registry {
    let registry = this.registries.get(view);
    if (!registry) {
      registry = { byId: new Map(), pending: new Set() };
      this.registries.set(view, registry);
    }
    return registry;
  }

  /** A new node view for `node`; it waits for its label. */
  add(view: EditorView, node: Node, target: LabelTarget): void {
    const registry = this.registry(view);
    const id = idOf(node);
    if (id !== null) registry.byId.set(id, target);
    registry.pending.add(target);
  }

  /** The node view now shows `node` instead of `old`; its label stays. */
  move(view: EditorView, old: Node, node: Node, target: LabelTarget): void {
    const { byId } = this.registry(view);
    const oldId = idOf(old);
    const id = idOf(node);
    if (oldId === id) return;
    if (oldId !== null && byId.get(oldId) === target) byId.delete(oldId);
    if (id !== null) byId.set(id, target);
  }

  /** The node view is gone. */
  remove(view: EditorView, node: Node, target: LabelTarget): void {
    const registry = this.registry(view);
    const id = idOf(node);
    if (id !== null && registry.byId.get(id) === target) registry.byId.delete(id);
    registry.pending.delete(target);
  }

  /** The node view showing `node`, if any. */
  target(view: EditorView, node: Node): LabelTarget | undefined {
    const id = idOf(node);
    return id === null ? undefined : this.registries.get(view)?.byId.get(id);
  }

  /** The node views still waiting for a label, forgetting them. */
  takePending(view: EditorView): LabelTarget[] {
    const registry = this.registry(view);
    const pending = [...registry.pending];
    registry.pending.clear();
    return pending;
  }
}

/** Node views of top-level numbered blocks: headings, numbered paragraphs, action records. */
export const blockLabels = new LabelTargets();

/** Footnote node views, labelled with their number. */
export const footnoteLabels = new LabelTargets();
