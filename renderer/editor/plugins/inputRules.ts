import type { Attrs, NodeType } from 'prosemirror-model';
import { InputRule, inputRules, smartQuotes } from 'prosemirror-inputrules';
import { wrapRangeInList } from 'prosemirror-schema-list';
import type { EditorState, Plugin, Transaction } from 'prosemirror-state';
import { canJoin, findWrapping } from 'prosemirror-transform';
import type { NodeRange } from 'prosemirror-model';
import { schema } from '../../../shared/schema';
import { keepId } from '../commands/blocks';
import { withIds } from './ids';

const { nodes } = schema;

/**
 * Deletes the typed marker and turns its block into a plain paragraph (list items and quotes
 * hold paragraphs, not numbered ones), returning the range to wrap.
 */
function prepare(
  state: EditorState,
  start: number,
  end: number,
): { tr: Transaction; range: NodeRange } | null {
  const block = state.doc.resolve(start).parent;
  if (block.type !== nodes.paragraph && block.type !== nodes.numbered_paragraph) return null;
  const tr = state.tr.delete(start, end);
  const pos = tr.mapping.map(start);
  if (block.type !== nodes.paragraph) tr.setBlockType(pos, pos, nodes.paragraph, keepId());
  const range = tr.doc.resolve(pos).blockRange();
  return range ? { tr, range } : null;
}

function listRule(pattern: RegExp, listType: NodeType, attrs?: (m: string[]) => Attrs): InputRule {
  return new InputRule(pattern, (state, match, start, end) => {
    const prepared = prepare(state, start, end);
    if (!prepared) return null;
    const { tr, range } = prepared;
    if (!wrapRangeInList(tr, range, listType, attrs?.(match))) return null;
    // Typing a marker right after a list of the same kind continues that list.
    const $list = tr.doc.resolve(range.start);
    if ($list.nodeBefore?.type === listType && canJoin(tr.doc, range.start)) tr.join(range.start);
    return withIds(tr);
  });
}

const quoteRule = new InputRule(/^\s*>\s$/, (state, _match, start, end) => {
  const prepared = prepare(state, start, end);
  if (!prepared) return null;
  const wrapping = findWrapping(prepared.range, nodes.blockquote);
  return wrapping ? withIds(prepared.tr.wrap(prepared.range, wrapping)) : null;
});

/** The input rules: "* " and "- " bullets, "1. " numbered lists, "> " quotes, smart quotes. */
export function editorInputRules(): Plugin {
  return inputRules({
    rules: [
      ...smartQuotes,
      listRule(/^\s*([-*])\s$/, nodes.bullet_list),
      listRule(/^(\d+)\.\s$/, nodes.ordered_list, (m) => ({ order: Number(m[1]) })),
      quoteRule,
    ],
  });
}
