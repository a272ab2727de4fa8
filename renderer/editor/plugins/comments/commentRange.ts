import type { Node } from 'prosemirror-model';
import { NodeSelection, type EditorState } from 'prosemirror-state';
import type { AnchorRange } from '../../../../shared/comments';

const WORD_CHAR = /[\p{L}\p{N}_'’-]/u;

/** Whether any inline content between two positions can carry a comment mark. */
function hasMarkableContent(doc: Node, from: number, to: number): boolean {
  let found = false;
  const type = doc.type.schema.marks.comment;
  if (!type) return false;
  doc.nodesBetween(from, to, (node, _pos, parent) => {
    if (found) return false;
    if (node.isInline && parent?.type.allowsMarkType(type)) found = true;
    return !found;
  });
  return found;
}

function wordAround(state: EditorState): AnchorRange | null {
  const { $head } = state.selection;
  const parent = $head.parent;
  if (!parent.isTextblock) return null;
  // One character per position; footnotes and breaks are non-word, so no word runs across one.
  let text = '';
  parent.forEach((child) => {
    text += child.isText ? (child.text ?? '') : '\ufffc'.repeat(child.nodeSize);
  });
  let start = $head.parentOffset;
  let end = start;
  while (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) start--;
  while (end < text.length && WORD_CHAR.test(text.charAt(end))) end++;
  if (start === end) return null;
  const base = $head.start();
  return { from: base + start, to: base + end };
}

/**
 * What a new comment covers: the selected text; a selected node (an action record) whole; a
 * selection over a whole section all the text inside it; with nothing selected, the word at the
 * cursor, as in Word. Null when there is no text to hold on to.
 */
export function commentRange(state: EditorState): AnchorRange | null {
  const { selection } = state;
  let range: AnchorRange | null;
  if (selection instanceof NodeSelection || !selection.empty) {
    range = { from: selection.from, to: selection.to };
  } else {
    range = wordAround(state);
  }
  if (!range || !hasMarkableContent(state.doc, range.from, range.to)) return null;
  return range;
}
