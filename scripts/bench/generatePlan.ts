import type { Node } from 'prosemirror-model';
import { newAccordFile } from '../../shared/document/create';
import type { AccordFile } from '../../shared/document/fileSchema';
import { newId } from '../../shared/document/ids';
import { ACTION_FIELDS, MASTHEAD_FIELDS, schema } from '../../shared/schema';

const WORDS =
  'the task force will support member states in strengthening legal and policy frameworks for the social and solidarity economy through statistics knowledge finance education localization partnerships and regular reporting on progress towards the sustainable development goals with attention to decent work gender equality and inclusive local development'.split(
    ' ',
  );

/** A deterministic pseudo-random sequence, so every bench run measures the same document. */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Options for the generated plan. */
export interface PlanSize {
  paragraphs: number;
  wordsPerParagraph: number;
  actionRecords: number;
}

/** The size the issue asks for: about 300 pages. */
export const THREE_HUNDRED_PAGES: PlanSize = {
  paragraphs: 2500,
  wordsPerParagraph: 60,
  actionRecords: 60,
};

/** Generates an action plan of the given size with chapters, areas, paragraphs and action records. */
export function generatePlan(size: PlanSize = THREE_HUNDRED_PAGES, seed = 7): Node {
  const { nodes } = schema;
  const rand = sequence(seed);
  const sentence = (n: number) => {
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)] ?? 'plan');
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const para = (level = 0) =>
    nodes.numbered_paragraph.create(
      { id: newId(), level },
      schema.text(sentence(size.wordsPerParagraph)),
    );
  const plain = (text: string) =>
    nodes.paragraph.create({ id: newId() }, text ? schema.text(text) : null);
  const heading = (level: number, text: string) =>
    nodes.heading.create({ id: newId(), level }, schema.text(text));
  const action = () =>
    nodes.action_record.create(
      { id: newId(), status: 'planned' },
      ACTION_FIELDS.map((f) =>
        nodes.action_field.create({ id: newId(), field: f.key }, plain(sentence(8))),
      ),
    );

  const blocks: Node[] = [
    nodes.masthead.create(
      { id: newId() },
      MASTHEAD_FIELDS.map((f) =>
        nodes.masthead_field.create(
          { id: newId(), field: f.key },
          schema.text(f.key === 'title' ? 'Generated action plan' : f.label),
        ),
      ),
    ),
    nodes.summary.create({ id: newId() }, [plain(sentence(80))]),
  ];
  const chapters = 8;
  const areasPerChapter = 6;
  const areas = chapters * areasPerChapter;
  const parasPerArea = Math.ceil(size.paragraphs / areas);
  const actionsPerArea = Math.ceil(size.actionRecords / areas);
  let paragraphs = 0;
  let actions = 0;
  for (let c = 1; c <= chapters; c++) {
    blocks.push(heading(1, `Chapter ${c}`));
    for (let a = 1; a <= areasPerChapter; a++) {
      blocks.push(heading(2, `Area ${c}.${a}`));
      for (let p = 0; p < parasPerArea && paragraphs < size.paragraphs; p++, paragraphs++) {
        blocks.push(para(p % 10 === 9 ? 1 : 0));
      }
      for (let k = 0; k < actionsPerArea && actions < size.actionRecords; k++, actions++)
        blocks.push(action());
    }
  }
  return nodes.doc.create(null, blocks);
}

/** The generated plan as an .accord file. */
export function generatePlanFile(size: PlanSize = THREE_HUNDRED_PAGES): AccordFile {
  return newAccordFile(generatePlan(size));
}
