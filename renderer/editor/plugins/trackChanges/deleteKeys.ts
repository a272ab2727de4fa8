import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import { atBlockEdge } from './blockEdges';
import { SuggestContext, type Suggestor } from './context';
import { isTrackingChanges, untracked } from './key';

const has = (node: Node | null | undefined, name: string) =>
  !!node?.marks.some((m) => m.type.name === name);

// One character, counting a surrogate pair as one.
function charWidth(doc: Node, pos: number, direction: -1 | 1): number {
  const text = direction < 0 ? doc.textBetween(pos - 2, pos) : doc.textBetween(pos, pos + 2);
  const code = text.charCodeAt(direction < 0 ? text.length - 1 : 0);
  const pair = direction < 0 ? code >= 0xdc00 && code <= 0xdfff : code >= 0xd800 && code <= 0xdbff;
  return pair && text.length === 2 ? 2 : 1;
}

/**
 * Backspace (-1) or Delete (1) of one character in text while tracking: the character is
 * swapped for itself marked deleted, so the edit is one step that undo history groups with the
 * next key like any deletion; over text already deleted the cursor just moves past it. At a
 * block's edge see {@link atBlockEdge}. Refuses (leaving the key to the editor and the appended
 * suggestion) next to a footnote, in a pending insertion, which is really deleted, and at a
 * block's edge the editor's own joining handles.
 */
export function deleteCharAsSuggestion(direction: -1 | 1, who: () => Suggestor): Command {
  return (state, dispatch) => {
    const sel = state.selection;
    if (!isTrackingChanges(state)) return false;
    if (!(sel instanceof TextSelection) || !sel.empty) return false;
    const $pos = sel.$head;
    const next = direction < 0 ? $pos.nodeBefore : $pos.nodeAfter;
    if (!next) {
      const edit = atBlockEdge(state, direction);
      if (edit) dispatch?.(edit);
      return edit !== null;
    }
    if (!next.isText || has(next, 'insertion')) return false;
    const tr = state.tr;
    if (has(next, 'deletion')) {
      let pos = $pos.pos;
      for (;;) {
        const $at = state.doc.resolve(pos);
        const node = direction < 0 ? $at.nodeBefore : $at.nodeAfter;
        if (!node || !has(node, 'deletion')) break;
        pos += direction * node.nodeSize;
      }
      dispatch?.(untracked(tr.setSelection(TextSelection.create(state.doc, pos))).scrollIntoView());
      return true;
    }
    const width = charWidth(state.doc, $pos.pos, direction);
    const from = direction < 0 ? $pos.pos - width : $pos.pos;
    const to = from + width;
    const ctx = new SuggestContext(tr, who());
    const $from = state.doc.resolve(from);
    const $to = state.doc.resolve(to);
    const deletion = state.schema.marks.deletion;
    if (!deletion) return false;
    const joined = ctx.joinableMark([$from.nodeBefore, $to.nodeAfter], 'deletion');
    const mark = joined ?? deletion.create(ctx.fresh('delete'));
    const text = state.doc.textBetween(from, to);
    tr.replaceWith(from, to, state.schema.text(text, mark.addToSet(next.marks)));
    tr.setSelection(TextSelection.create(tr.doc, direction < 0 ? from : to));
    dispatch?.(untracked(tr).scrollIntoView());
    return true;
  };
}
