import type { Node } from 'prosemirror-model';
import { changeKey, pointPos, type BlockText } from './blockText';

/**
 * The master's text of one chain (the base textblock and any blocks an earlier import of the
 * same copy split off it) as if that copy had never been imported: its own insertions left
 * out, its deletions not counted. Comparing this with the base version finds only what the
 * master (and other copies) changed, so importing a copy again decides exactly as the first
 * time did. Offsets into this text map back to document positions.
 */
export class MasterView {
  readonly text: string;
  readonly keys: string[];
  private readonly parts: readonly BlockText[];
  private readonly part: Int32Array;
  private readonly index: Int32Array;

  constructor(
    parts: readonly BlockText[],
    private readonly own: (changeId: string) => boolean,
  ) {
    this.parts = parts;
    let text = '';
    const keys: string[] = [];
    const part: number[] = [];
    const index: number[] = [];
    parts.forEach((bt, p) => {
      let owner: Node | null = null;
      let skip = false;
      let suffix = '';
      for (let i = 0; i < bt.text.length; i++) {
        if (bt.owners[i] !== owner) {
          owner = bt.owners[i]!;
          skip = owner.marks.some((m) => m.type.name === 'insertion' && own(String(m.attrs.id)));
          const key = changeKey(owner.marks, (id) => !own(id));
          suffix = key ? `\u0000${key}` : '';
        }
        if (skip) continue;
        text += bt.text[i];
        keys.push(bt.text[i]! + suffix);
        part.push(p);
        index.push(i);
      }
    });
    this.text = text;
    this.keys = keys;
    this.part = Int32Array.from(part);
    this.index = Int32Array.from(index);
  }

  /** The document position before character `k` (after the last one for the text's length). */
  pointPos(k: number): number {
    if (k < this.text.length) return pointPos(this.parts[this.part[k]!]!, this.index[k]!);
    const last = this.parts[this.parts.length - 1]!;
    return pointPos(last, last.text.length);
  }

  /** The inline node character `k` belongs to. */
  owner(k: number): Node {
    return this.parts[this.part[k]!]!.owners[this.index[k]!]!;
  }

  /** The text from `from` to `to` as it reads with every pending change accepted. */
  accepted(from: number, to: number): string {
    let out = '';
    for (let k = from; k < to; k++) {
      const deleted = this.owner(k).marks.some(
        (m) => m.type.name === 'deletion' && !this.own(String(m.attrs.id)),
      );
      if (!deleted) out += this.text[k];
    }
    return out;
  }
}
