import { it } from 'vitest';
import { Transform } from 'prosemirror-transform';
import { schema } from '../../../../shared/schema';
import { docOf, para } from '../build';
const { nodes } = schema;
const show = (label: string, tr: Transform) => { tr.doc.check(); console.log(label, JSON.stringify(tr.doc.toJSON().content.slice(1))); };
it('scratch', () => {
  const cell = (t: string) => nodes.table_cell.create(null, para(t));
  const tbl = nodes.table.create(null, [nodes.table_row.create(null, [cell('a'), cell('b')])]);
  let d = docOf(para('x'), tbl);
  // position of cell a paragraph
  let pPos = -1; d.descendants((n, pos) => { if (n.isText && n.text === 'a') pPos = pos - 1; return true; });
  let tr = new Transform(d); tr.delete(pPos, pPos + 3); show('cell only para', tr);
  const li = nodes.list_item.create(null, [para('li'), nodes.bullet_list.create(null, nodes.list_item.create(null, para('sub')))]);
  d = docOf(para('x'), nodes.bullet_list.create(null, li));
  d.descendants((n, pos) => { if (n.isText && n.text === 'li') pPos = pos - 1; return true; });
  tr = new Transform(d); tr.delete(pPos, pPos + 4); show('li first para', tr);
  const li2 = nodes.list_item.create(null, [para('only')]);
  d = docOf(para('x'), nodes.bullet_list.create(null, [li2, nodes.list_item.create(null, para('two'))]));
  d.descendants((n, pos) => { if (n.isText && n.text === 'only') pPos = pos - 1; return true; });
  tr = new Transform(d); tr.delete(pPos, pPos + 6); show('li only para', tr);
  d = docOf(para('x'));
  const start = d.child(0).nodeSize;
  tr = new Transform(d); tr.delete(start, start + 3); show('only block', tr);
  // boundary join: end of x to start of list item paragraph
  d = docOf(para('x'), nodes.bullet_list.create(null, [nodes.list_item.create(null, para('one')), nodes.list_item.create(null, para('two'))]));
  tr = new Transform(d); tr.delete(start + 2, start + 6); show('join into list', tr);
  // delete whole node then partial
  d = docOf(para('aa'), para('bb'), para('cc'));
  tr = new Transform(d); tr.delete(start + 4, start + 9); show('whole B then C opening', tr);
});
