import type { Mark, Node } from 'prosemirror-model';
import { blockChangeOf } from '../changes/blockChange';
import { blockText, changeKey, type BlockText } from './blockText';
import type { Chain, CopyTextblock } from './copyScan';

/** One character of a chain (or the break before a split-off block) and whose it is. */
export interface Item {
  kind: 'base' | 'ins' | 'del' | 'break';
  /** Which part of the chain, and which character of that part's text. */
  part: number;
  index: number;
  /** The reviewer's change mark on it (ins, del), or null. */
  mark: Mark | null;
  /** The reviewer change id (ins, del, break), or null. */
  id: string | null;
  /** How many characters of the text the reviewer started from lie before it. */
  from: number;
}

/** A run of the reviewer's changes with nothing of the original text left standing between. */
export interface ReviewerHunk {
  items: Item[];
  /** The range of the original text it replaces (from === to for a pure insertion). */
  from: number;
  to: number;
  ids: string[];
}

/** A chain unrolled into items, with the text the reviewer started from and its keys. */
export interface ChainText {
  parts: CopyTextblock[];
  texts: BlockText[];
  items: Item[];
  /** The original text (what the reviewer started from): base and deleted characters. */
  original: string;
  /** Its comparison keys: each character with the ids of changes not the reviewer's. */
  keys: string[];
  hunks: ReviewerHunk[];
}

function reviewerMark(marks: readonly Mark[], isMine: (id: string) => boolean): Mark | null {
  for (const mark of marks) {
    const name = mark.type.name;
    if ((name === 'insertion' || name === 'deletion') && isMine(String(mark.attrs.id))) {
      return mark;
    }
  }
  return null;
}

/** Unrolls a chain: every character classified, the original text rebuilt, hunks grouped. */
export function chainText(chain: Chain, isMine: (id: string) => boolean): ChainText {
  const texts = chain.parts.map((p) => blockText(p.node, p.pos));
  const items: Item[] = [];
  let original = '';
  const keys: string[] = [];
  texts.forEach((bt, part) => {
    if (part > 0) {
      const group = chain.parts[part]!.group;
      const change = group ? blockChangeOf(group.node) : null;
      items.push({
        kind: 'break',
        part,
        index: -1,
        mark: null,
        id: change?.id ?? null,
        from: original.length,
      });
    }
    let owner: Node | null = null;
    let mark: Mark | null = null;
    let suffix = '';
    for (let i = 0; i < bt.text.length; i++) {
      if (bt.owners[i] !== owner) {
        owner = bt.owners[i]!;
        mark = reviewerMark(owner.marks, isMine);
        const key = changeKey(owner.marks, (id) => !isMine(id));
        suffix = key ? `\u0000${key}` : '';
      }
      const kind = mark === null ? 'base' : mark.type.name === 'insertion' ? 'ins' : 'del';
      const id = mark === null ? null : String(mark.attrs.id);
      items.push({ kind, part, index: i, mark, id, from: original.length });
      if (kind !== 'ins') {
        original += bt.text[i];
        keys.push(bt.text[i]! + suffix);
      }
    }
  });
  return { parts: chain.parts, texts, items, original, keys, hunks: hunksOf(items) };
}

function hunksOf(items: readonly Item[]): ReviewerHunk[] {
  const hunks: ReviewerHunk[] = [];
  let current: ReviewerHunk | null = null;
  for (const item of items) {
    if (item.kind === 'base') {
      current = null;
      continue;
    }
    if (!current) {
      current = { items: [], from: item.from, to: item.from, ids: [] };
      hunks.push(current);
    }
    current.items.push(item);
    if (item.kind === 'del') current.to = item.from + 1;
    if (item.id !== null && !current.ids.includes(item.id)) current.ids.push(item.id);
  }
  return hunks;
}

/** The character an item stands for, and the inline node it belongs to. */
export function itemChar(text: ChainText, item: Item): { char: string; owner: Node } | null {
  if (item.kind === 'break') return null;
  const bt = text.texts[item.part]!;
  return { char: bt.text[item.index]!, owner: bt.owners[item.index]! };
}
