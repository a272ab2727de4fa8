import type { Mark, Node } from 'prosemirror-model';

/** How a footnote or other inline object stands in a block's text. */
export const OBJECT_CHAR = '\uFFFC';

/**
 * A textblock's inline content as one character per unit a reader sees: each UTF-16 unit of
 * text, and one {@link OBJECT_CHAR} per footnote (one newline per hard break). Keeps where each
 * character starts in the block's content, so ranges of the text map back to document positions.
 */
export interface BlockText {
  node: Node;
  /** Position of the textblock node in its document. */
  pos: number;
  text: string;
  /** Offset of each character in the block's content (add `pos + 1` for a document position). */
  starts: Int32Array;
  /** The inline child each character belongs to. */
  owners: Node[];
}

/** The character an inline node stands for in a block's text (text nodes: their own text). */
function inlineChars(child: Node): string {
  if (child.isText) return child.text ?? '';
  return child.type.name === 'hard_break' ? '\n' : OBJECT_CHAR;
}

/** The text of a textblock as {@link blockText} builds it, without the position tables. */
export function plainBlockText(node: Node): string {
  let text = '';
  node.forEach((child) => (text += inlineChars(child)));
  return text;
}

/** Builds the text of a textblock at `pos`. */
export function blockText(node: Node, pos: number): BlockText {
  const text = plainBlockText(node);
  const starts = new Int32Array(text.length);
  const owners = new Array<Node>(text.length);
  let at = 0;
  node.forEach((child, offset) => {
    const length = child.isText ? child.nodeSize : 1;
    for (let i = 0; i < length; i++) {
      starts[at] = child.isText ? offset + i : offset;
      owners[at++] = child;
    }
  });
  return { node, pos, text, starts, owners };
}

/** The document position of the point before character `index` (the block's end for its length). */
export function pointPos(block: BlockText, index: number): number {
  const offset = index < block.starts.length ? block.starts[index]! : block.node.content.size;
  return block.pos + 1 + offset;
}

/** The document range covering characters [from, to) of a block. */
export function rangePos(block: BlockText, from: number, to: number): { from: number; to: number } {
  return { from: pointPos(block, from), to: pointPos(block, to) };
}

/** The ids of the insertion and deletion marks on a node, joined into a comparison key. */
export function changeKey(marks: readonly Mark[], keep?: (id: string) => boolean): string {
  let key = '';
  for (const mark of marks) {
    const name = mark.type.name;
    if (name !== 'insertion' && name !== 'deletion') continue;
    const id = String(mark.attrs.id);
    if (keep && !keep(id)) continue;
    key += `${name === 'insertion' ? '+' : '-'}${id};`;
  }
  return key;
}

/**
 * Comparison keys of a block's characters: the character with the ids of the change marks it
 * carries (only those `keep` accepts), so a tracked change counts as a change of the text but a
 * comment or bold does not.
 */
export function charKeys(block: BlockText, keep?: (id: string) => boolean): string[] {
  const keys: string[] = new Array<string>(block.text.length);
  let last: Node | null = null;
  let suffix = '';
  for (let i = 0; i < keys.length; i++) {
    const owner = block.owners[i]!;
    if (owner !== last) {
      last = owner;
      const key = changeKey(owner.marks, keep);
      suffix = key ? `\u0000${key}` : '';
    }
    keys[i] = suffix ? block.text[i]! + suffix : block.text[i]!;
  }
  return keys;
}

/** The text a reader sees once every pending change is accepted: deleted characters left out. */
export function acceptedText(block: BlockText, from = 0, to = block.text.length): string {
  let out = '';
  for (let i = from; i < to; i++) {
    if (!block.owners[i]!.marks.some((m) => m.type.name === 'deletion')) out += block.text[i];
  }
  return out;
}
