import { beforeAll, describe, expect, it } from 'vitest';
import { posix } from 'node:path';
import { exportDocx } from '../../../../main/services/export';
import { blankDocument, newAccordFile } from '../../../../shared/document/create';
import { schema } from '../../../../shared/schema';
import { comment, fileFor, np, richDocument, standardMasthead, t, thread } from './fixtures';
import { malformedParts, xmlParts } from './readBack';

let parts = new Map<string, string>();

beforeAll(async () => {
  const { doc, file } = richDocument();
  const bytes = await exportDocx({ file, doc, options: { comments: true, changes: true } });
  parts = xmlParts(bytes);
});

const part = (path: string) => parts.get(path) ?? '';

/** The paragraphs of document.xml, each with its properties and text. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map((m) => {
    const body = m[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('');
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(body)?.[1];
    return { style, text, numbered: numId !== undefined && numId !== '0' };
  });
}

describe('the .docx package', () => {
  it('has only well-formed XML parts', () => {
    expect(parts.size).toBeGreaterThan(10);
    expect(malformedParts(parts)).toEqual([]);
  });

  it('has every relationship target and a content type for every part', () => {
    const types = part('[Content_Types].xml');
    const defaults = [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1]);
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    for (const path of parts.keys()) {
      if (path === '[Content_Types].xml') continue;
      const ext = path.split('.').pop();
      expect(overrides.includes(path) || defaults.includes(ext), path).toBe(true);
    }
    for (const override of overrides) expect(parts.has(override ?? ''), override).toBe(true);
    for (const [path, xml] of parts) {
      if (!path.endsWith('.rels')) continue;
      const base = posix.dirname(posix.dirname(path));
      for (const m of xml.matchAll(/<Relationship [^>]*>/g)) {
        const tag = m[0];
        if (tag.includes('TargetMode="External"')) continue;
        const target = /Target="([^"]+)"/.exec(tag)?.[1] ?? '';
        const resolved = target.startsWith('/') ? target.slice(1) : posix.join(base, target);
        expect(parts.has(resolved), `${path} -> ${target}`).toBe(true);
      }
    }
  });

  it('numbers headings and paragraphs through numbering.xml, never with typed digits', () => {
    const numbering = part('word/numbering.xml');
    expect(numbering).toMatch(/<w:numFmt w:val="upperRoman"\/><w:pStyle w:val="Heading1"\/>/);
    expect(numbering).toContain('<w:lvlText w:val="(%2)"/>');
    const paras = paragraphs(part('word/document.xml'));
    const numberedStyles = /^(Heading[1-5]|NumberedParagraph|ListParagraph)$/;
    const needing = paras.filter(
      (p) => numberedStyles.test(p.style) && !p.text.startsWith('Annex'),
    );
    expect(needing.length).toBeGreaterThan(10);
    expect(needing.filter((p) => !p.numbered)).toEqual([]);
    // An annex heading switches its style's numbering off (numId 0).
    expect(paras.find((p) => p.text === 'Annex. Timeline')).toMatchObject({ numbered: false });
    const typed = /^\s*((\d+|[IVXLC]+|[A-Z])\.|\([a-z]+\)|•)\s/;
    expect(paras.filter((p) => typed.test(p.text))).toEqual([]);
    // Styles carry the numbering too, so a heading added in Word is numbered.
    expect(part('word/styles.xml')).toMatch(/w:styleId="Heading2">.*?<w:ilvl w:val="1"\/>/s);
  });

  it('writes no empty runs or text elements', () => {
    for (const [path, xml] of parts) {
      expect(xml, path).not.toMatch(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<\/w:r>/s);
      expect(xml, path).not.toMatch(/<w:t(?: [^>]*)?><\/w:t>|<w:t\/>/);
    }
  });

  it('writes native comments with replies threaded and resolved state', () => {
    const doc = part('word/document.xml');
    const count = (re: RegExp) => [...doc.matchAll(re)].length;
    expect(count(/<w:commentRangeStart /g)).toBe(4);
    expect(count(/<w:commentRangeEnd /g)).toBe(4);
    expect(count(/<w:commentReference /g)).toBe(4);
    const comments = part('word/comments.xml');
    expect(comments).toMatch(/w:author="Ben Ode" w:date="2026-11-02T09:00:00(\.000)?Z"/);
    expect(comments).toContain('<w:annotationRef/>');
    const extended = part('word/commentsExtended.xml');
    expect([...extended.matchAll(/w15:paraIdParent=/g)]).toHaveLength(1);
    expect([...extended.matchAll(/w15:done="1"/g)]).toHaveLength(1);
  });

  it('writes suggestions as w:ins and w:del with author and date', () => {
    const doc = part('word/document.xml');
    expect(doc).toMatch(
      /<w:ins w:id="\d+" w:author="Ana Ruiz" w:date="2026-11-02T10:00:00Z"><w:r><w:t[^>]*>added</,
    );
    expect(doc).toMatch(
      /<w:del w:id="\d+" w:author="Ben Ode" w:date="2026-11-03T11:30:00Z"><w:r><w:delText[^>]*>removed</,
    );
  });

  it('sets A4, a different first page, the symbol header and a PAGE field footer', () => {
    const doc = part('word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toContain('<w:titlePg/>');
    expect(doc).toMatch(/<w:headerReference w:type="first"/);
    const headers = [...parts.entries()]
      .filter(([p]) => /word\/header\d\.xml/.test(p))
      .map(([, x]) => x);
    expect(headers.some((x) => x.includes('TF/2026/7'))).toBe(true);
    const footers = [...parts.entries()]
      .filter(([p]) => /word\/footer\d\.xml/.test(p))
      .map(([, x]) => x);
    expect(footers.some((x) => /instrText[^>]*>\s*PAGE\s*</.test(x))).toBe(true);
  });

  it('defines the house styles by name and writes the document properties', () => {
    const styles = part('word/styles.xml');
    for (const name of [
      'Title',
      'heading 1',
      'heading 5',
      'Numbered Paragraph',
      'footnote text',
      'Accord Table',
    ]) {
      expect(styles).toContain(`<w:name w:val="${name}"/>`);
    }
    expect(styles).toMatch(/<w:docDefaults>.*Times New Roman/s);
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>Plan of action on testing</dc:title>');
    expect(core).toContain('<dc:subject>TF/2026/7</dc:subject>');
    expect(core).toContain('<dc:creator>Inter-Agency Task Force</dc:creator>');
    expect(core).toMatch(/<dcterms:created [^>]*>2026-11-01T08:00:00Z</);
    expect(core).toMatch(/<dcterms:modified [^>]*>2026-11-20T16:45:00Z</);
  });
});

describe('export options and edge cases', () => {
  it('leaves out comments and tracked changes when not asked, reading as accepted', async () => {
    const { doc, file } = richDocument();
    const plain = xmlParts(
      await exportDocx({ file, doc, options: { comments: false, changes: false } }),
    );
    expect(plain.has('word/comments.xml')).toBe(false);
    const body = plain.get('word/document.xml') ?? '';
    expect(body).not.toMatch(/<w:(ins|del|commentRangeStart) /);
    expect(body).toContain('>Words added and  here.<');
    expect(body).not.toContain('removed');
  });

  it('keeps the resolved state of a lone comment by adding commentsExtended itself', async () => {
    const doc = schema.nodes.doc.create(null, [standardMasthead(), np(0, t('word', comment('x')))]);
    const file = fileFor(doc, [thread('x', [['Ana', 'Done']], { status: 'resolved' })]);
    const out = xmlParts(
      await exportDocx({ file, doc, options: { comments: true, changes: false } }),
    );
    expect(out.get('word/commentsExtended.xml')).toMatch(
      /<w15:commentEx w15:paraId="[0-9A-F]{8}" w15:done="1"\/>/,
    );
    expect(out.get('[Content_Types].xml')).toContain('/word/commentsExtended.xml');
    expect(out.get('word/_rels/document.xml.rels')).toContain('Target="commentsExtended.xml"');
    expect(malformedParts(out)).toEqual([]);
  });

  it('adds a table of contents field when asked', async () => {
    const { doc, file } = richDocument();
    const out = xmlParts(
      await exportDocx({
        file,
        doc,
        options: { comments: true, changes: true, tableOfContents: true },
      }),
    );
    expect(out.get('word/document.xml')).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;/);
    expect(malformedParts(out)).toEqual([]);
  });

  it('exports a blank document with empty fields', async () => {
    const doc = blankDocument();
    const out = xmlParts(
      await exportDocx({
        file: newAccordFile(doc),
        doc,
        options: { comments: true, changes: true },
      }),
    );
    expect(malformedParts(out)).toEqual([]);
    expect(out.get('word/document.xml')).toContain('<w:numPr>');
  });
});
