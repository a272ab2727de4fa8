import type { Slice } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { isUserEdit } from './replay';

function structural(slice: Slice): boolean {
  let inline = false;
  slice.content.descendants((node) => {
    if (node.isInline) inline = true;
    return !inline;
  });
  return !inline;
}

/**
 * With suggestion mode off, a paragraph split (Enter) copies the block's attributes into the
 * new block, its change record included; the new block was not suggested, so the copy goes.
 * Looks only at the ranges split steps created.
 */
export function clearSplitCopies(
  trs: readonly Transaction[],
  state: EditorState,
  skip: (tr: Transaction) => boolean,
): Transaction | null {
  let tr: Transaction | null = null;
  const seen = new Set<number>();
  trs.forEach((t, index) => {
    if (!isUserEdit(t, skip)) return;
    t.steps.forEach((step, i) => {
      if (!(step instanceof ReplaceStep) || step.slice.size === 0 || !structural(step.slice))
        return;
      // From this step's result to the final document: the rest of this and later transactions.
      let from = step.from;
      let to = step.from + step.slice.size;
      const rest = [t.mapping.slice(i + 1), ...trs.slice(index + 1).map((later) => later.mapping)];
      for (const mapping of rest) {
        from = mapping.map(from, 1);
        to = Math.max(from, mapping.map(to, -1));
      }
      state.doc.nodesBetween(from, to, (node, pos) => {
        if (node.isInline) return false;
        if (pos >= from && node.attrs.change && !seen.has(pos)) {
          seen.add(pos);
          (tr ??= state.tr).setNodeAttribute(pos, 'change', null);
        }
        return true;
      });
    });
  });
  return tr;
}
