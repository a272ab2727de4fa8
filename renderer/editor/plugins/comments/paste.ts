import { DOMParser, type Fragment, type Mark, type TagParseRule } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { rangesOf, type AnchorRange } from '../../../../shared/comments';
import { isValidId } from '../../../../shared/document/ids';
import { schema } from '../../../../shared/schema';
import { changedRanges } from '../../changes';

/**
 * Reads comment marks back from the editor's own clipboard HTML. The schema has no parse rule for
 * them, so text from elsewhere never brings comments in; this parser is for pastes only.
 */
const commentRule: TagParseRule = {
  tag: 'span[data-comment]',
  mark: 'comment',
  getAttrs: (dom) => {
    const id = dom.getAttribute('data-comment');
    return isValidId(id) ? { id } : false;
  },
};

/** The schema's parse rules plus the comment rule, for the `clipboardParser` prop. */
export function commentClipboardParser(): DOMParser {
  return new DOMParser(schema, [commentRule, ...DOMParser.fromSchema(schema).rules]);
}

/** Ids of the comment marks anywhere in a fragment. */
export function commentIdsIn(fragment: Fragment): Set<string> {
  const ids = new Set<string>();
  fragment.descendants((node) => {
    for (const mark of node.marks)
      if (mark.type.name === 'comment') ids.add(mark.attrs.id as string);
    return true;
  });
  return ids;
}

function isPaste(tr: Transaction): boolean {
  const event = tr.getMeta('uiEvent') as unknown;
  return tr.docChanged && (event === 'paste' || event === 'drop');
}

/** Where pasted content landed in the final document. */
function pastedRanges(trs: readonly Transaction[]): AnchorRange[] {
  const ranges: AnchorRange[] = [];
  trs.forEach((tr, i) => {
    if (!isPaste(tr)) return;
    let mine = changedRanges([tr]);
    for (const later of trs.slice(i + 1)) {
      mine = mine.map((r) => ({
        from: later.mapping.map(r.from, 1),
        to: later.mapping.map(r.to, -1),
      }));
    }
    ranges.push(...mine.filter((r) => r.from < r.to));
  });
  return ranges;
}

const markOf = (id: string) => schema.marks.comment.create({ id });

const inside = (r: AnchorRange, outer: readonly AnchorRange[]) =>
  outer.some((o) => o.from <= r.from && r.to <= o.to);

function commentIdsOf(marks: readonly Mark[] | undefined): string[] {
  return (marks ?? []).filter((m) => m.type.name === 'comment').map((m) => m.attrs.id as string);
}

/** Ids of the comments running on both sides of a range, which pasted text inside them joins. */
function enclosingIds(state: EditorState, range: AnchorRange): string[] {
  const before = commentIdsOf(state.doc.resolve(range.from).nodeBefore?.marks);
  const after = new Set(commentIdsOf(state.doc.resolve(range.to).nodeAfter?.marks));
  return before.filter((id) => after.has(id));
}

/**
 * After a paste or drop, keeps a pasted comment mark only when it moves a thread's anchor: the
 * id was copied from this editor and no other text still carries it (cut and paste, drag and
 * drop), or the pasted text joins the anchor it came from. A copy of still-anchored text, or
 * text from another document, pastes without the mark, so each thread keeps one anchor. Text
 * pasted inside a highlight joins it, as typed text does.
 */
export function fixPastedComments(
  trs: readonly Transaction[],
  state: EditorState,
  copied: ReadonlySet<string>,
): Transaction | null {
  if (!trs.some(isPaste)) return null;
  const pasted = pastedRanges(trs);
  const ids = new Set<string>();
  for (const r of pasted) {
    for (const id of commentIdsIn(state.doc.slice(r.from, r.to).content)) ids.add(id);
  }
  let tr: Transaction | null = null;
  for (const id of ids) {
    const ranges = rangesOf(state.doc, id);
    const islands = ranges.filter((r) => inside(r, pasted));
    const elsewhere = ranges.length > islands.length;
    const drop = !copied.has(id) ? pasted : elsewhere ? islands : [];
    for (const r of drop) (tr ??= state.tr).removeMark(r.from, r.to, markOf(id));
  }
  for (const r of pasted) {
    for (const id of enclosingIds(state, r)) (tr ??= state.tr).addMark(r.from, r.to, markOf(id));
  }
  return tr;
}
