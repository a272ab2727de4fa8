import type { Mark, Node } from 'prosemirror-model';
import { newAccordFile } from '../../../../shared/document/create';
import type { AccordFile, Thread } from '../../../../shared/document/fileSchema';
import { MASTHEAD_FIELDS, schema } from '../../../../shared/schema';

const { nodes, marks } = schema;

/** Text with marks. */
export const t = (text: string, ...m: Mark[]) => schema.text(text, m);
/** A comment mark for a thread. */
export const comment = (id: string) => marks.comment.create({ id });
/** A suggestion mark. */
export const ins = (author = 'Ana Ruiz', time = '2026-11-02T10:00:00.000Z') =>
  marks.insertion.create({ id: `i-${author}`, author, time });
/** A suggested deletion mark. */
export const del = (author = 'Ben Ode', time = '2026-11-03T11:30:00.000Z') =>
  marks.deletion.create({ id: `d-${author}`, author, time });

export const p = (...content: Node[]) => nodes.paragraph.create(null, content);
export const np = (level: number, ...content: Node[]) =>
  nodes.numbered_paragraph.create({ level }, content);
export const h = (level: number, ...content: Node[]) => nodes.heading.create({ level }, content);
export const li = (...content: Node[]) => nodes.list_item.create(null, content);
export const ul = (...items: Node[]) => nodes.bullet_list.create(null, items);
export const ol = (order: number, ...items: Node[]) => nodes.ordered_list.create({ order }, items);

/** A masthead with the given values (others empty). */
export function masthead(values: Partial<Record<string, string>>): Node {
  return nodes.masthead.create(
    null,
    MASTHEAD_FIELDS.map((f) => {
      const value = values[f.key];
      return nodes.masthead_field.create({ field: f.key }, value ? [schema.text(value)] : []);
    }),
  );
}

export const standardMasthead = () =>
  masthead({
    body: 'Inter-Agency Task Force',
    symbol: 'TF/2026/7',
    distribution: 'General',
    date: '1 December 2026',
    language: 'English',
    title: 'Plan of action on testing',
  });

/** A table with a header row. */
export function table(header: string[], rows: string[][]): Node {
  const row = (cells: string[], type: typeof nodes.table_cell) =>
    nodes.table_row.create(
      null,
      cells.map((c) => type.create(null, p(t(c)))),
    );
  return nodes.table.create(null, [
    row(header, nodes.table_header),
    ...rows.map((r) => row(r, nodes.table_cell)),
  ]);
}

/** An action record with a description and a lead. */
export function action(status: string, description: string, lead: string): Node {
  return nodes.action_record.create({ status }, [
    nodes.action_field.create({ field: 'description' }, p(t(description))),
    nodes.action_field.create({ field: 'lead' }, p(t(lead))),
  ]);
}

/** A person. */
export const person = (name: string, initials = '') => ({ name, initials, organization: 'ILO' });

/** A thread with a first comment and optional replies. */
export function thread(id: string, texts: [string, string][], extra: Partial<Thread> = {}): Thread {
  return {
    id,
    status: 'open',
    quote: '',
    blockId: null,
    section: '',
    comments: texts.map(([author, text], i) => ({
      id: `${id}-c${i}`,
      author: person(author),
      time: `2026-11-0${i + 1}T09:00:00.000Z`,
      text,
    })),
    ...extra,
  };
}

/** A document node wrapped as a file with threads. */
export function fileFor(doc: Node, threads: Thread[] = []): AccordFile {
  const file = newAccordFile(doc, new Date('2026-11-01T08:00:00.000Z'));
  file.meta.modified = '2026-11-20T16:45:00.000Z';
  file.comments = threads;
  return file;
}

/** The full fixture: every block and mark kind, comments and changes. */
export function richDocument(): { doc: Node; file: AccordFile } {
  const doc = nodes.doc.create(null, [
    standardMasthead(),
    nodes.summary.create(null, [p(t('A short summary.'))]),
    h(1, t('Introduction')),
    np(0, t('The '), t('Assembly', comment('c1')), t(' adopted the resolution.')),
    np(1, t('First subparagraph with a note'), nodes.footnote.create(null, t('A footnote text.'))),
    np(1, t('Second subparagraph')),
    h(2, t('Scope')),
    np(
      0,
      t('Text with '),
      t('bold', marks.strong.create()),
      t(' and '),
      t('italic', marks.em.create()),
      t(' and '),
      t('a link', marks.link.create({ href: 'https://un.org/' })),
      t('.'),
    ),
    np(0, t('Words '), t('added', ins()), t(' and '), t('removed', del()), t(' here.')),
    np(0, t('Spanning ', comment('c2'))),
    p(t('into the next', comment('c2')), t(' paragraph.')),
    ul(li(p(t('Bullet one'))), li(p(t('Bullet two')), ul(li(p(t('Nested bullet')))))),
    ol(1, li(p(t('Step one'))), li(p(t('Step two')))),
    p(t('Between lists.')),
    ol(1, li(p(t('Again one'))), li(p(t('Again two')))),
    ol(5, li(p(t('Fifth')))),
    table(
      ['Entity', 'Role'],
      [
        ['ILO', 'Lead'],
        ['OECD', 'Member'],
      ],
    ),
    h(2, t('Action area')),
    action('on_track', 'Develop guidelines.', 'UNRISD'),
    nodes.blockquote.create(null, [p(t('Quoted resolution text.'))]),
    h(1, t('Closing')),
    np(0, t('Last paragraph.')),
    nodes.heading.create({ level: 1, numbered: false }, t('Annex. Timeline')),
  ]);
  const threads = [
    thread('c1', [
      ['Ana Ruiz', 'Which Assembly?'],
      ['Ben Ode', 'The General Assembly.'],
    ]),
    thread('c2', [['Ana Ruiz', 'Crosses paragraphs.']], { status: 'resolved' }),
    thread('gone', [['Cy Lee', 'This was about removed words.']], { quote: 'old words' }),
  ];
  return { doc, file: fileFor(doc, threads) };
}
