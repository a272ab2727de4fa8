import type { Mark, Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { MarkViewConstructor } from 'prosemirror-view';
import { authorshipOf, blockChangeOf } from '../../../../shared/changes';
import { changedRanges } from '../../changes';
import { authorHue } from './authorHue';

const VERBS = { insert: 'Inserted', delete: 'Deleted', format: 'Formatted' } as const;

/** The tooltip of a change: what, by whom. */
export function changeTitle(
  kind: keyof typeof VERBS,
  author: string,
  organization: string,
): string {
  const by = author ? ` by ${author}${organization ? ` (${organization})` : ''}` : '';
  return `${VERBS[kind]}${by}`;
}

/** Change bars for the blocks with a change in [from, to) of a document. */
function blockDecorations(doc: Node, from: number, to: number): Decoration[] {
  const found: Decoration[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isInline) return false;
    const change = blockChangeOf(node);
    if (change) {
      found.push(
        Decoration.node(
          pos,
          pos + node.nodeSize,
          {
            class: `tc-block tc-block-${change.kind}`,
            style: `--tc-hue: ${authorHue(change.author)}`,
            title: changeTitle(change.kind, change.author, change.organization),
            'data-change': change.id,
          },
          { changeId: change.id },
        ),
      );
    }
    return !node.inlineContent;
  });
  return found;
}

/** The change bars of a whole document (on load only). */
export function initialDecorations(doc: Node): DecorationSet {
  return DecorationSet.create(doc, blockDecorations(doc, 0, doc.content.size));
}

/**
 * The change bars after a transaction: the old set mapped, with only the ranges the transaction
 * touched looked at again, so a keystroke costs the same in a long document as in a short one.
 */
export function updateDecorations(set: DecorationSet, tr: Transaction): DecorationSet {
  if (!tr.docChanged) return set;
  let next = set.map(tr.mapping, tr.doc);
  for (const { from, to } of changedRanges([tr])) {
    const stale = next.find(from, to).filter((d) => d.from < to && d.to > from);
    next = next.remove(stale).add(tr.doc, blockDecorations(tr.doc, from, to));
  }
  return next;
}

function changeMarkView(tag: 'ins' | 'del', kind: 'insert' | 'delete'): MarkViewConstructor {
  return (mark: Mark) => {
    const { id, author, organization } = authorshipOf(mark);
    const dom = document.createElement(tag);
    dom.className = `tc-${kind}`;
    dom.dataset.change = id;
    dom.dataset.author = author;
    dom.title = changeTitle(kind, author, organization);
    dom.style.setProperty('--tc-hue', String(authorHue(author)));
    return { dom };
  };
}

/** Mark views that colour insertions and deletions by author and name them in a tooltip. */
export const changeMarkViews: Record<string, MarkViewConstructor> = {
  insertion: changeMarkView('ins', 'insert'),
  deletion: changeMarkView('del', 'delete'),
};
