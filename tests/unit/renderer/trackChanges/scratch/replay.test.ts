import { it } from 'vitest';
import { doc, np } from '../../../shared/changes/build';
import { runs } from '../setup';
import { Twin, type Action, texts } from '../twin';
import { acceptAll, rejectAll } from '../../../../../shared/changes';
import type { Node } from 'prosemirror-model';
const show = (d: Node) => { const o: string[] = []; d.forEach((c, _o, i) => { if (i) o.push(`${c.attrs.change?.kind ?? ''}${c.attrs.id}[${runs(c.type.create(null, c.content)).join('|')}]`); }); return o.join(' '); };
const starts: Node[] = [
  doc(np('a', 'Alpha beta.'), np('b', 'Gamma'), np('c', 'Delta epsilon.')),
  doc(np('a', 'One'), np('b'), np('c', 'Two three')),
  doc(np('a', 'Solo')),
];
const [start, actions] = JSON.parse(process.env.CASE!) as [number, Action[]];
it('replay', () => {
  const t = new Twin(starts[start]!);
  console.log('START', show(t.on.doc));
  for (const a of actions) {
    t.do(a);
    console.log(JSON.stringify(a));
    console.log('  ON ', show(t.on.doc), 'sel', t.on.selection.from, t.on.selection.to);
    console.log('  OFF', show(t.off.doc), 'sel', t.off.selection.from, t.off.selection.to);
    console.log('  ACC', JSON.stringify(texts(acceptAll(t.on.doc).doc)), 'REJ', show(rejectAll(t.on.doc).doc));
  }
});
