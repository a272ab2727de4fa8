import { existsSync, readFileSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../main/services/export';
import { mastheadValue } from '../../../../shared/document/create';
import { loadAccordText } from '../../../../shared/document/load';
import { richDocument } from './fixtures';
import { run, writeTemp } from './readBack';

const TEMPLATE = 'resources/templates/untfsse-action-plan.accord';

/** The action-plan template when it exists, else the rich fixture. */
function sample() {
  if (existsSync(TEMPLATE)) {
    const loaded = loadAccordText(readFileSync(TEMPLATE, 'utf8'), 'template');
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.value;
  }
  return richDocument();
}

describe('an export opened by LibreOffice', () => {
  it(
    'converts to PDF with the title, the numbering, comments and changes',
    { timeout: 180_000 },
    async () => {
      const template = sample();
      const rich = richDocument();
      const templatePath = writeTemp(
        await exportDocx({
          ...template,
          options: { comments: true, changes: true, tableOfContents: true },
        }),
        'template.docx',
      );
      const richPath = writeTemp(
        await exportDocx({ ...rich, options: { comments: true, changes: true } }),
        'rich.docx',
      );
      const out = dirname(templatePath);
      const profile = `file:///tmp/lo-accord-${randomBytes(6).toString('hex')}`;
      // One LibreOffice start for both files: it is the slow part.
      run('soffice', [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        templatePath,
        richPath,
      ]);
      const templatePdf = join(out, 'template.pdf');
      const richPdf = join(out, 'rich.pdf');
      expect(statSync(templatePdf).size).toBeGreaterThan(10_000);
      expect(statSync(richPdf).size).toBeGreaterThan(5_000);

      const text = run('pdftotext', ['-layout', templatePdf, '-']).replace(/\s+/g, ' ');
      const title = mastheadValue(template.doc, 'title');
      expect(text).toContain(title.split(' ').slice(0, 6).join(' '));
      expect(text).toMatch(/\bI\. +\S/);
      expect(text).toMatch(/\bII\. +\S/);
      expect(text).toMatch(/\b1\. +\S/);

      const richText = run('pdftotext', ['-layout', richPdf, '-']).replace(/\s+/g, ' ');
      expect(richText).toContain('Plan of action on testing');
      expect(richText).toMatch(/\(a\) +First subparagraph/);
      expect(richText).toContain('added');

      // Page 1 as an image, for the eye (see the issue: it must look like a UN document).
      run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', templatePdf, join(out, 'page')]);
      const png = ['page-1.png', 'page-01.png'].map((n) => join(out, n)).find((p) => existsSync(p));
      expect(png && statSync(png).size).toBeGreaterThan(5_000);
    },
  );
});
