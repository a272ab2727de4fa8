import type { Node } from 'prosemirror-model';
import type { BlockChange } from '../../shared/changes';
import { newAccordFile } from '../../shared/document/create';
import type { AccordFile } from '../../shared/document/fileSchema';
import { schema } from '../../shared/schema';
import { generatePlan } from './generatePlan';

const people = [
  { author: 'Amina Diallo', organization: 'UNDP' },
  { author: 'Ben Ode', organization: 'ILO' },
  { author: 'Chen Wei', organization: 'UNCTAD' },
];

const INSERTED = ' newly proposed wording';

/** Who made change `n` and when. */
function authorship(n: number) {
  const time = new Date(Date.UTC(2026, 10, 1 + (n % 20), 9, n % 60)).toISOString();
  return { id: `tc${n}`, ...people[n % people.length]!, time };
}

/** Where the `word`-th word of a text starts (its length when it has fewer words). */
function wordStart(text: string, word: number): number {
  const starts = [...text.matchAll(/\S+/g)].map((m) => m.index);
  return starts[word] ?? text.length;
}

/** A paragraph with change `n`: words inserted, words deleted, or a change on the whole block. */
function withChange(para: Node, n: number): Node {
  const text = para.textContent;
  const who = authorship(n);
  const kind = n % 10;
  if (kind < 5) {
    const at = wordStart(text, 5);
    return para.type.create(para.attrs, [
      schema.text(text.slice(0, at)),
      schema.text(INSERTED, [schema.marks.insertion.create(who)]),
      schema.text(text.slice(at)),
    ]);
  }
  if (kind < 9) {
    const from = wordStart(text, 10);
    const to = wordStart(text, 15);
    return para.type.create(para.attrs, [
      schema.text(text.slice(0, from)),
      schema.text(text.slice(from, to), [schema.marks.deletion.create(who)]),
      schema.text(text.slice(to)),
    ]);
  }
  const level = Number(para.attrs.level);
  const change: BlockChange =
    n % 20 === 9
      ? { kind: 'insert', ...who }
      : {
          kind: 'format',
          ...who,
          from: { type: para.type.name, attrs: { level: level === 0 ? 1 : 0 } },
        };
  return para.type.create({ ...para.attrs, change }, para.content);
}

/**
 * The 300-page plan with `changes` tracked changes by three reviewers, one per numbered
 * paragraph spread evenly through the document: half insertions of a few words, two fifths
 * deletions of five words, and one tenth whole-paragraph changes (inserted or re-formatted).
 */
export function trackedPlan(changes = 2000): { doc: Node; file: AccordFile } {
  const plan = generatePlan();
  const numbered: number[] = [];
  plan.forEach((child, _offset, index) => {
    if (child.type.name === 'numbered_paragraph') numbered.push(index);
  });
  if (numbered.length < changes) throw new RangeError('plan too short for the changes');
  const changeAt = new Map<number, number>();
  for (let n = 0; n < changes; n++) {
    changeAt.set(numbered[Math.floor((n * numbered.length) / changes)]!, n);
  }
  const children: Node[] = [];
  plan.forEach((child, _offset, index) => {
    const n = changeAt.get(index);
    children.push(n === undefined ? child : withChange(child, n));
  });
  const doc = plan.type.create(plan.attrs, children);
  doc.check();
  return { doc, file: newAccordFile(doc) };
}
