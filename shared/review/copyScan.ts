import type { Node } from 'prosemirror-model';
import { blockChangeOf, type BlockChange } from '../changes/blockChange';
import { idOf } from './nodes';

/**
 * A block of the copy that is not in the base version: something the reviewer added. `pure`
 * when everything in it is their inserted text (a new paragraph, row or record); otherwise it
 * holds text that was already there (the second half of a paragraph they split, or blocks they
 * wrapped in a new list).
 */
export interface NewBlock {
  node: Node;
  pos: number;
  parent: Node;
  index: number;
  pure: boolean;
  /** Blocks of the base version inside it (wrapped in a new list or quotation, or moved). */
  holdsExisting: boolean;
  /** Text split off a base textblock inside it (the second half of a split paragraph). */
  continues: boolean;
}

/** A textblock of the copy and what the reviewer did inside it. */
export interface CopyTextblock {
  node: Node;
  pos: number;
  id: string | null;
  /** The block the reviewer added that holds it, if any. */
  group: NewBlock | null;
  /** Whether it holds text that is not the reviewer's insertion. */
  hasBase: boolean;
  /** Whether it carries any of the reviewer's change marks. */
  changed: boolean;
}

/**
 * A textblock of the base version as the reviewer left it: the block itself, then the blocks
 * they split off it (each a new block holding the rest of its text).
 */
export interface Chain {
  parts: CopyTextblock[];
}

/** A change on a whole existing block (deleted, or re-formatted) by the reviewer. */
export interface BlockEdit {
  node: Node;
  id: string;
  change: BlockChange;
}

/** What the reviewer changed in a copy, relative to the base version. */
export interface CopyScan {
  chains: Chain[];
  newBlocks: NewBlock[];
  blockEdits: BlockEdit[];
  /** Continuations of a split that follow no base textblock (nothing to split). */
  orphans: CopyTextblock[];
}

/**
 * Walks a copy once and sorts out the reviewer's work: `isBase(id)` says whether a block id was
 * in the base version; `isMine(changeId)` whether a change is the reviewer's (not one that was
 * already in the text sent).
 */
export function scanCopy(
  copy: Node,
  isBase: (id: string) => boolean,
  isMine: (changeId: string) => boolean,
): CopyScan {
  const scan: CopyScan = { chains: [], newBlocks: [], blockEdits: [], orphans: [] };
  let chain: Chain | null = null;

  const textblock = (node: Node, pos: number, id: string | null, group: NewBlock | null) => {
    let hasBase = false;
    let changed = false;
    node.forEach((child) => {
      let inserted = false;
      for (const mark of child.marks) {
        const name = mark.type.name;
        if ((name === 'insertion' || name === 'deletion') && isMine(String(mark.attrs.id))) {
          changed = true;
          if (name === 'insertion') inserted = true;
        }
      }
      if (!inserted) hasBase = true;
    });
    const entry: CopyTextblock = { node, pos, id, group, hasBase, changed };
    if (!group) {
      chain = { parts: [entry] };
      scan.chains.push(chain);
    } else if (hasBase) {
      group.pure = false;
      group.continues = true;
      if (chain) chain.parts.push(entry);
      else scan.orphans.push(entry);
    }
  };

  const walk = (parent: Node, parentPos: number, group: NewBlock | null) => {
    parent.forEach((child, offset, index) => {
      if (child.isInline) return;
      const pos = parentPos + 1 + offset;
      const id = idOf(child);
      const existing = id !== null && isBase(id);
      let inner = group;
      if (!existing && !group) {
        inner = {
          node: child,
          pos,
          parent,
          index,
          pure: true,
          holdsExisting: false,
          continues: false,
        };
        scan.newBlocks.push(inner);
      } else if (existing && group) {
        group.pure = false;
        group.holdsExisting = true;
        // Existing blocks moved into a new one are still compared with their base by id.
        inner = null;
      }
      const change = blockChangeOf(child);
      if (existing && id !== null && change && isMine(change.id)) {
        scan.blockEdits.push({ node: child, id, change });
      }
      if (child.isTextblock) textblock(child, pos, existing ? id : null, inner);
      else walk(child, pos, inner);
    });
  };
  walk(copy, -1, null);
  return scan;
}

/** Whether a chain holds anything of the reviewer's: change marks or split-off blocks. */
export function chainChanged(chain: Chain): boolean {
  return chain.parts.length > 1 || chain.parts.some((p) => p.changed);
}
