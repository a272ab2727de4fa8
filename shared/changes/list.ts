import type { Node } from 'prosemirror-model';
import { blockChangeOf } from './blockChange';
import { authorshipOf, changeMarksOf, type ChangeAuthorship, type ChangeKind } from './changeMarks';
import { describeFormat } from './format';

/** One change as the changes panel lists it. */
export interface TrackedChange extends ChangeAuthorship {
  kind: ChangeKind;
  /** The changed text (cut to {@link EXCERPT_LENGTH}); "¶" for a paragraph break alone. */
  excerpt: string;
  /** For format changes, what changed, e.g. "Heading 2 → Heading 3". */
  detail?: string;
  /** The id of the innermost block holding the change's start. */
  blockId: string;
  /** Document range the change spans (its first to its last piece). */
  from: number;
  to: number;
}

/** Excerpts longer than this are cut, with an ellipsis. */
export const EXCERPT_LENGTH = 80;

const PARAGRAPH_BREAK = '¶';

function idOf(node: Node | null): string {
  const id: unknown = node?.attrs.id;
  return typeof id === 'string' ? id : '';
}

function textOf(node: Node): string {
  return node.isText ? (node.text ?? '') : node.type.name === 'hard_break' ? ' ' : '';
}

function cut(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

interface Open {
  change: TrackedChange;
  block: Node | null;
  /** How much unchanged text the walk had passed when this change last grew. */
  plainAt: number;
}

/**
 * Every change in a document, in document order: insertion and deletion marks and block
 * changes. Pieces with the same id and kind make one entry when nothing unchanged lies between
 * them (a run of typing, a deletion across paragraphs, a re-formatting of several blocks). Walks
 * the whole document, so call it on demand, not on every keystroke.
 */
export function listChanges(doc: Node): TrackedChange[] {
  const changes: TrackedChange[] = [];
  const open = new Map<string, Open>();
  let plain = 0;

  const add = (
    who: ChangeAuthorship,
    kind: ChangeKind,
    from: number,
    to: number,
    text: string,
    block: Node | null,
    detail?: string,
  ) => {
    const key = `${who.id}\u0000${kind}`;
    const current = open.get(key);
    const last = changes.at(-1);
    const joins =
      current && (kind === 'format' ? current.change === last : current.plainAt === plain);
    if (current && joins) {
      current.change.to = Math.max(current.change.to, to);
      // A long change only needs the start of its text.
      if (current.change.excerpt.length <= EXCERPT_LENGTH) {
        current.change.excerpt += (current.block === block ? '' : ' ') + text;
      }
      current.block = block;
      return;
    }
    const change: TrackedChange = {
      ...who,
      kind,
      excerpt: text,
      ...(detail === undefined ? {} : { detail }),
      blockId: idOf(block),
      from,
      to,
    };
    changes.push(change);
    open.set(key, { change, block, plainAt: plain });
  };

  doc.descendants((node, pos, parent) => {
    if (node.isInline) {
      const marks = changeMarksOf(node);
      for (const { kind, mark } of marks) {
        add(authorshipOf(mark), kind, pos, pos + node.nodeSize, textOf(node), parent);
      }
      if (marks.length === 0 && node.isText) plain += node.nodeSize;
      return true;
    }
    const change = blockChangeOf(node);
    if (change) {
      const detail = change.kind === 'format' ? describeFormat(node, change) : undefined;
      const text = change.kind === 'format' ? node.textContent : '';
      add(change, change.kind, pos, pos + node.nodeSize, text, node, detail);
    }
    return true;
  });

  for (const change of changes) {
    change.excerpt = cut(change.excerpt.replace(/\s+/g, ' ').trim()) || PARAGRAPH_BREAK;
  }
  return changes;
}

/** The distinct authors of some changes, in order of first appearance. */
export function authorsOf(changes: readonly TrackedChange[]): string[] {
  return [...new Set(changes.map((c) => c.author))];
}
