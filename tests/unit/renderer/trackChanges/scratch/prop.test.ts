import { it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { doc, np } from '../../../shared/changes/build';
import { runs, tracked } from '../setup';
import { pressKey, textPositions } from '../twin';
import type { Node } from 'prosemirror-model';
const show = (d: Node) => { const o: string[] = []; d.forEach((c, _o, i) => { if (i) o.push(`${c.attrs.change?.kind ?? ''}[${runs(c.type.create(null, c.content)).join('|')}]`); }); return o.join(' '); };
it('x', () => {
  for (const on of [true, false]) {
  let s = tracked(doc(np('a', 'One'), np('b'), np('c', 'Two three')), on);
  console.log(textPositions(s.doc).join(','));
  s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, textPositions(s.doc)[4]!)));
  console.log(s.selection.head);
  s = pressKey(s, 'Backspace');
  console.log(show(s.doc), s.selection.head);
  for (let i = 0; i < 3; i++) { s = pressKey(s, 'Delete'); console.log(show(s.doc), s.selection.head, JSON.stringify(s.selection.toJSON())); }
  }
});
