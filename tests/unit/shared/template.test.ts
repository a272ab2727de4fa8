import { readFileSync } from 'node:fs';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { mastheadValue } from '../../../shared/document/create';
import { FORMAT_VERSION } from '../../../shared/document/format';
import { isValidId } from '../../../shared/document/ids';
import { loadAccordText, serializeAccordFile } from '../../../shared/document/load';
import { numberDocument } from '../../../shared/document/numbering';
import { ACTION_FIELDS, ACTION_STATUSES } from '../../../shared/schema';
import { idsIn } from './build';

const PATH = 'resources/templates/untfsse-action-plan.accord';

/** The chapters and action areas PRODUCT.md asks for, in order. */
const CHAPTERS = [
  'Introduction and mandate',
  'Purpose, scope and period',
  'Strategic objectives',
  'Action areas',
  'Implementation and governance',
  'Resource mobilization',
  'Monitoring, evaluation and reporting',
  'Risks',
];
const AREAS = [
  'Policy and legal frameworks',
  'Statistics and knowledge',
  'Access to finance',
  'Education, capacity-building and research',
  'Localization and United Nations country teams',
  'Awareness and partnerships',
];

function load() {
  const result = loadAccordText(readFileSync(PATH, 'utf8'), 'untfsse-action-plan.accord');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const blocks = (doc: Node): readonly Node[] => doc.children;
const headings = (doc: Node, level: number) =>
  blocks(doc).filter((b) => b.type.name === 'heading' && b.attrs.level === level);

/** The top-level blocks of a chapter, after its heading and before the next chapter. */
function chapter(doc: Node, title: string): Node[] {
  const all = blocks(doc);
  const start = all.findIndex((b) => b.type.name === 'heading' && b.textContent === title);
  const end = all.findIndex(
    (b, i) => i > start && b.type.name === 'heading' && b.attrs.level === 1,
  );
  return all.slice(start + 1, end === -1 ? undefined : end);
}

describe('the UNTFSSE action plan template', () => {
  const { doc, file, notes } = load();

  it('loads without repairs and passes check()', () => {
    expect(notes).toEqual([]);
    expect(() => doc.check()).not.toThrow();
    expect(file.formatVersion).toBe(FORMAT_VERSION);
  });

  it('round-trips through save and load unchanged', () => {
    const again = loadAccordText(serializeAccordFile(file), 'copy.accord');
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.doc.eq(doc)).toBe(true);
    expect(again.value.file).toEqual(file);
  });

  it('has a full UN masthead and the matching title in its metadata', () => {
    expect(mastheadValue(doc, 'body')).toBe(
      'United Nations Inter-Agency Task Force on Social and Solidarity Economy',
    );
    expect(mastheadValue(doc, 'symbol')).toMatch(/^UNTFSSE\/\d{4}\/\d+$/);
    expect(mastheadValue(doc, 'distribution')).toBe('General');
    expect(mastheadValue(doc, 'date')).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(mastheadValue(doc, 'language')).toBe('English');
    expect(mastheadValue(doc, 'title')).toBe(
      'Action plan for the implementation of General Assembly resolution 77/281 on promoting the social and solidarity economy for sustainable development',
    );
    expect(mastheadValue(doc, 'version')).toBe('Draft 1');
    expect(mastheadValue(doc, 'status')).toBe('Draft for consultation');
    expect(file.meta.title).toBe(mastheadValue(doc, 'title'));
  });

  it('opens with an unnumbered summary', () => {
    expect(doc.child(1).type.name).toBe('summary');
    expect(numberDocument(doc)[1]).toBeNull();
    expect(doc.child(1).textContent).toContain('77/281');
  });

  it('has chapters I to VIII of PRODUCT.md in order, then the three annexes', () => {
    const titles = headings(doc, 1).map((h) => h.textContent);
    expect(titles.slice(0, 8)).toEqual(CHAPTERS);
    expect(titles.slice(8)).toEqual([
      'Annex I. Results framework',
      'Annex II. Members and observers',
      'Annex III. Timeline',
    ]);
    const labels = numberDocument(doc);
    const chapterLabels = blocks(doc)
      .map((b, i) =>
        CHAPTERS.includes(b.textContent) && b.type.name === 'heading' ? labels[i] : null,
      )
      .filter((l) => l !== null);
    expect(chapterLabels).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.', 'VII.', 'VIII.']);
  });

  it('has action areas A to F in chapter IV', () => {
    const areas = chapter(doc, 'Action areas').filter((b) => b.type.name === 'heading');
    expect(areas.map((h) => h.textContent)).toEqual(AREAS);
    expect(areas.every((h) => h.attrs.level === 2)).toBe(true);
  });

  it('has numbered paragraphs in every chapter', () => {
    for (const title of CHAPTERS) {
      const paragraphs = chapter(doc, title).filter((b) => b.type.name === 'numbered_paragraph');
      expect(paragraphs.length, title).toBeGreaterThanOrEqual(1);
    }
  });

  it('has four to six example action records, all in areas B and C, covering every status', () => {
    const labels = numberDocument(doc);
    const records = blocks(doc)
      .map((b, i) => ({ b, label: labels[i] }))
      .filter(({ b }) => b.type.name === 'action_record');
    expect(records.length).toBeGreaterThanOrEqual(4);
    expect(records.length).toBeLessThanOrEqual(6);
    for (const { label } of records) expect(label).toMatch(/^[BC]\.\d$/);
    expect(records.map(({ label }) => label)).toContain('B.1');
    expect(records.map(({ label }) => label)).toContain('C.1');
    const statuses = new Set(records.map(({ b }) => b.attrs.status as string));
    expect([...statuses].sort()).toEqual(ACTION_STATUSES.map((s) => s.key).sort());
  });

  it('fills in every action field, in the order of ACTION_FIELDS', () => {
    doc.forEach((block) => {
      if (block.type.name !== 'action_record') return;
      expect(block.children.map((f) => f.attrs.field as string)).toEqual(
        ACTION_FIELDS.map((f) => f.key),
      );
      for (const field of block.children) expect(field.textContent.trim()).not.toBe('');
    });
  });

  it('gives every block a valid id used once', () => {
    const ids = idsIn(doc);
    let bearing = 0;
    doc.descendants((node) => {
      if ('id' in node.attrs) bearing++;
    });
    expect(ids).toHaveLength(bearing);
    expect(ids.every(isValidId)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(file.documentId);
  });

  it('shows the building blocks of a UN document', () => {
    const types = new Set<string>();
    const footnotes: string[] = [];
    doc.descendants((node) => {
      types.add(node.type.name);
      if (node.type.name === 'footnote') footnotes.push(node.textContent);
    });
    for (const t of ['blockquote', 'bullet_list', 'table', 'table_header', 'footnote']) {
      expect(types, t).toContain(t);
    }
    expect(footnotes.some((f) => f.includes('A/RES/77/281'))).toBe(true);
    const levels = new Set(
      blocks(doc)
        .filter((b) => b.type.name === 'numbered_paragraph')
        .map((b) => b.attrs.level as number),
    );
    expect([...levels].sort()).toEqual([0, 1, 2]);
    const quote = blocks(doc).find((b) => b.type.name === 'blockquote');
    expect(quote?.textContent).toMatch(/^1\. Encourages Member States/);
    expect(chapter(doc, 'Annex I. Results framework').some((b) => b.type.name === 'table')).toBe(
      true,
    );
  });

  it('has no comments, versions or review information', () => {
    expect(file.comments).toEqual([]);
    expect(file.versions).toEqual({ blocks: {}, list: [] });
    expect(file.review).toBeNull();
  });
});
