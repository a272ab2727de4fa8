import type { MarkType } from 'prosemirror-model';
import { toggleMark } from 'prosemirror-commands';
import type { Command, EditorState } from 'prosemirror-state';
import { SAFE_HREF } from '../../../shared/schema/marks';
import { schema } from '../../../shared/schema';

/** Whether the mark applies at the cursor (stored or inherited marks) or anywhere in the selection. */
export function markActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

/** Toggles an inline mark such as bold or subscript. */
export function toggleMarkCommand(type: MarkType): Command {
  return toggleMark(type);
}

/** Whether a link target is one a reader can safely follow: https:, http: or mailto:. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (!SAFE_HREF.test(trimmed)) return false;
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}

/** The extent of the link around an empty selection, or null. */
function linkAround(state: EditorState): { from: number; to: number } | null {
  const { $from } = state.selection;
  const link = schema.marks.link;
  const parent = $from.parent;
  let start = $from.index();
  let end = start;
  const has = (i: number) => !!parent.maybeChild(i) && link.isInSet(parent.child(i).marks);
  if (!has(start) && start > 0 && has(start - 1)) start = end = start - 1;
  if (!has(start)) return null;
  while (start > 0 && has(start - 1)) start--;
  while (end + 1 < parent.childCount && has(end + 1)) end++;
  const base = $from.start();
  let from = base;
  for (let i = 0; i < start; i++) from += parent.child(i).nodeSize;
  let to = from;
  for (let i = start; i <= end; i++) to += parent.child(i).nodeSize;
  return { from, to };
}

/**
 * Links the selection (or the link around the cursor) to `href`; with an empty selection and no
 * link, inserts the address itself as linked text. Refuses any scheme but https:, http:, mailto:.
 */
export function setLinkCommand(href: string): Command {
  return (state, dispatch) => {
    if (!isSafeHref(href)) return false;
    const link = schema.marks.link;
    const target = href.trim();
    const { from, to, empty, $from } = state.selection;
    const range = empty ? linkAround(state) : { from, to };
    let allowed = false;
    if (range)
      state.doc.nodesBetween(range.from, range.to, (node) => {
        allowed ||= node.inlineContent && node.type.allowsMarkType(link);
      });
    else allowed = $from.parent.inlineContent && $from.parent.type.allowsMarkType(link);
    if (!allowed) return false;
    if (dispatch) {
      const tr = state.tr;
      const mark = link.create({ href: target });
      if (range) tr.removeMark(range.from, range.to, link).addMark(range.from, range.to, mark);
      else tr.insert(from, schema.text(target, [mark]));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Removes the link from the selection, or the whole link around the cursor. */
export const removeLinkCommand: Command = (state, dispatch) => {
  const link = schema.marks.link;
  const { from, to, empty } = state.selection;
  const range = empty ? linkAround(state) : { from, to };
  if (!range || !state.doc.rangeHasMark(range.from, range.to, link)) return false;
  dispatch?.(state.tr.removeMark(range.from, range.to, link).scrollIntoView());
  return true;
};

/** Whether the selection touches a link. */
export function linkActive(state: EditorState): boolean {
  return markActive(state, schema.marks.link) || linkAround(state) !== null;
}
