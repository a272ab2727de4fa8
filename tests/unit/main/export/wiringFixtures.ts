import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Node } from 'prosemirror-model';
import { strFromU8, unzipSync } from 'fflate';
import { blankDocument } from '../../../../shared/document/create';
import type { AccordFile } from '../../../../shared/document/fileSchema';
import { loadAccordText } from '../../../../shared/document/load';
import { schema } from '../../../../shared/schema';
import { saveVersion } from '../../../../shared/versions';
import {
  comment,
  del,
  fileFor,
  h,
  ins,
  li,
  np,
  p,
  standardMasthead,
  t,
  thread,
  ul,
} from './fixtures';

const { nodes, marks } = schema;

/** The shipped action-plan template as a checked file. */
export function templateFile(): AccordFile {
  const path = resolve(__dirname, '../../../../resources/templates/untfsse-action-plan.accord');
  const loaded = loadAccordText(readFileSync(path, 'utf8'), 'untfsse-action-plan.accord');
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.file;
}

/** A list nested `depth` levels deep. */
function nestedList(depth: number): Node {
  let list = ul(li(p(t(`level ${depth}`))));
  for (let d = depth - 1; d >= 1; d--) list = ul(li(p(t(`level ${d}`)), list));
  return list;
}

/**
 * A document that opens in Accord but that a writer could trip on: text that XML cannot carry
 * (control characters, a lone surrogate, U+FFFE), an empty masthead, comments and suggestions
 * stacked on the same words, a thread without comments, one whose words are gone, a comment mark
 * with no thread, a list nested 14 deep, an empty table cell and a footnote holding only a change.
 */
export function edgeFile(): AccordFile {
  const emptyCells = nodes.table.create(null, [
    nodes.table_row.create(null, [nodes.table_header.create(null, p())]),
    nodes.table_row.create(null, [nodes.table_cell.create(null, p())]),
  ]);
  const stacked = [comment('a'), comment('b'), ins()];
  const doc = nodes.doc.create(null, [
    nodes.masthead.create(null, [nodes.masthead_field.create({ field: 'title' })]),
    h(1),
    np(0, t('Bell \u0007 form feed \f lone \ud800 and \ufffe end')),
    np(0, t('stacked', ...stacked), t(' gone', del(), comment('b')), t(' orphan', comment('x'))),
    np(1, t('Note'), nodes.footnote.create(null, t('only new', ins()))),
    np(0, t('وثيقة 文件 🙂 '), t('x', marks.superscript.create()), nodes.hard_break.create()),
    nestedList(14),
    emptyCells,
    nodes.action_record.create(null, [nodes.action_field.create({ field: 'lead' }, p())]),
  ]);
  return fileFor(doc, [
    thread('a', [['Ana', 'On stacked words']]),
    thread('b', [
      ['Ben', 'Second'],
      ['Ana', 'Reply'],
    ]),
    thread('empty', []),
    thread('detached', [['Cy', 'About removed words']], { quote: 'old words', status: 'resolved' }),
  ]);
}

/**
 * A small plan saved as version "Draft 1", then edited: one paragraph reworded, one added. Its
 * revised text against Draft 1 has both an insertion and a deletion.
 */
export function versionedFile(): AccordFile {
  const before = nodes.doc.create(null, [
    standardMasthead(),
    nodes.numbered_paragraph.create({ id: 'p1', level: 0 }, t('The old wording stays here.')),
  ]);
  const author = { name: 'Ana Ruiz', initials: 'AR', organization: 'ILO' };
  const saved = saveVersion(fileFor(before), before, {
    name: 'Draft 1',
    note: '',
    author,
    reason: 'manual',
    now: new Date('2026-11-05T10:00:00Z'),
  });
  const after = nodes.doc.create(null, [
    before.child(0),
    nodes.numbered_paragraph.create({ id: 'p1', level: 0 }, t('The new wording stays here.')),
    nodes.numbered_paragraph.create({ id: 'p2', level: 0 }, t('An added paragraph.')),
  ]);
  return { ...saved.file, doc: after.toJSON() as AccordFile['doc'] };
}

/** A blank document as the blank template makes it. */
export function blankFile(): AccordFile {
  return fileFor(blankDocument());
}

/** The parts of a .docx package, by name. */
export function docxParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The text of word/document.xml in a .docx package. */
export function documentXml(bytes: Uint8Array): string {
  const part = docxParts(bytes)['word/document.xml'];
  if (!part) throw new Error('the package has no word/document.xml');
  return strFromU8(part);
}
