import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { schema } from '../../../../shared/schema';

/** One random edit of a top-level block: what to do, where, and a second position or cut. */
export type Edit = {
  op: 'delete' | 'move' | 'retext' | 'insert' | 'split';
  at: number;
  to: number;
};

/** Applies one edit to a block after the masthead and summary, keeping the document valid. */
export function applyEdit(d: Node, edit: Edit, n: number): Node {
  const blocks: Node[] = [];
  d.forEach((child) => blocks.push(child));
  const first = 2;
  const span = blocks.length - first;
  const i = first + (edit.at % span);
  const j = first + (edit.to % span);
  const target = blocks[i]!;
  switch (edit.op) {
    case 'delete':
      if (span > 1) blocks.splice(i, 1);
      break;
    case 'move':
      blocks.splice(j, 0, ...blocks.splice(i, 1));
      break;
    case 'insert':
      blocks.splice(
        i,
        0,
        schema.nodes.paragraph.create({ id: `new${n}` }, schema.text(`Inserted ${n}.`)),
      );
      break;
    default: {
      if (!target.isTextblock || target.textContent.length < 4) break;
      const text = target.textContent;
      const cut = Math.max(1, edit.to % text.length);
      if (edit.op === 'retext') {
        blocks[i] = target.type.create(
          target.attrs,
          schema.text(`${text.slice(0, cut)} changed ${n}`),
        );
      } else {
        blocks.splice(
          i,
          1,
          target.type.create(target.attrs, schema.text(text.slice(0, cut))),
          target.type.create(
            { ...target.attrs, id: `split${n}` },
            schema.text(text.slice(cut) || 'x'),
          ),
        );
      }
    }
  }
  return d.type.create(d.attrs, blocks);
}

/** Random edits for fast-check. */
export const anyEdit = fc.record({
  op: fc.constantFrom<Edit['op']>('delete', 'move', 'retext', 'insert', 'split'),
  at: fc.nat(1000),
  to: fc.nat(1000),
});
