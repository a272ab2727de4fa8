import type { Mark, Node } from 'prosemirror-model';
import type { Person, Thread } from '../../../../shared/document/fileSchema';
import { schema } from '../../../../shared/schema';
import { masthead } from '../build';

const { nodes, marks } = schema;

/** A comment mark for thread `id`. */
export const c = (id: string): Mark => marks.comment.create({ id });

/** Text, optionally carrying comment marks. */
export const t = (text: string, ...ids: string[]): Node => schema.text(text, ids.map(c));

/** A heading with a fixed id. */
export const h = (id: string, level: number, ...content: Node[]): Node =>
  nodes.heading.create({ id, level }, content);

/** A numbered paragraph with a fixed id. */
export const np = (id: string, ...content: Node[]): Node =>
  nodes.numbered_paragraph.create({ id, level: 0 }, content);

/** A plain paragraph with a fixed id. */
export const p = (id: string, ...content: Node[]): Node => nodes.paragraph.create({ id }, content);

/** An action record with one description field. */
export const action = (id: string, ...content: Node[]): Node =>
  nodes.action_record.create({ id }, [
    nodes.action_field.create({ id: `${id}-f`, field: 'description' }, p(`${id}-p`, ...content)),
  ]);

/** A document with fixed ids: a masthead and the given blocks. */
export const doc = (...blocks: Node[]): Node => nodes.doc.create(null, [masthead(), ...blocks]);

/** Reviewers. */
export const ana: Person = { name: 'Ana Reviewer', initials: 'AR', organization: 'ILO' };
export const ben: Person = { name: 'Ben Drafter', initials: 'BD', organization: 'UNCTAD' };

/** A thread with one comment by `author`. */
export function thread(id: string, author: Person = ana, text = 'Why?'): Thread {
  return {
    id,
    status: 'open',
    quote: '',
    blockId: null,
    section: '',
    comments: [{ id: `${id}-c1`, author, time: '2025-01-01T00:00:00.000Z', text }],
  };
}
