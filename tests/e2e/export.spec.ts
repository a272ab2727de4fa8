import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host';
import { numberedParagraph, saveAs, start } from './steps';

const TITLE =
  'Action plan for the implementation of General Assembly resolution 77/281 on promoting the social and solidarity economy for sustainable development';
const PARAGRAPH_1 = 'On 18 April 2023, the General Assembly adopted resolution 77/281';
const COMMENT = 'Cite the resolution in full at first mention.';

/** A pandoc JSON node, as far as these checks read it. */
interface PandocNode {
  t?: string;
  c?: unknown;
}

/** The words of a pandoc JSON value in reading order; comment bodies are left out. */
function words(value: unknown): string {
  if (Array.isArray(value)) return value.map(words).join('');
  if (typeof value !== 'object' || value === null) return '';
  const node = value as PandocNode;
  if (node.t === 'Str') return String(node.c);
  if (node.t === 'Space' || node.t === 'SoftBreak' || node.t === 'LineBreak') return ' ';
  if (node.t === 'Span' && JSON.stringify(node.c).includes('"comment-start"')) return '';
  return Object.values(value).map(words).join('');
}

/** Every node of a type in a pandoc JSON value, outermost first. */
function nodesOf(value: unknown, type: string, found: PandocNode[] = []): PandocNode[] {
  if (Array.isArray(value)) for (const item of value) nodesOf(item, type, found);
  else if (typeof value === 'object' && value !== null) {
    const node: PandocNode = value;
    if (node.t === type) found.push(node);
    for (const child of Object.values(value)) nodesOf(child, type, found);
  }
  return found;
}

/** Selects the first `count` characters of a paragraph with the keyboard, as a person would. */
async function selectStart(page: Page, text: string, count: number): Promise<void> {
  await numberedParagraph(page, text).click({ position: { x: 8, y: 6 } });
  await page.keyboard.press('Home');
  for (let i = 0; i < count; i++) await page.keyboard.press('Shift+ArrowRight');
}

test('exports the template to Word with a comment: pandoc and LibreOffice read it, and a version is kept', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await start(page, host.entry);
  await page.getByRole('button', { name: 'New from template' }).first().click();
  await expect(numberedParagraph(page, 'On 18 April 2023')).toHaveAttribute('data-label', '1.');
  await saveAs(page, 'export plan');

  // A comment on the first words of paragraph 1.
  await selectStart(page, 'On 18 April 2023', 'On 18 April 2023'.length);
  await page.keyboard.press('Control+Alt+m');
  const comments = page.getByRole('complementary', { name: 'Comments' });
  await comments.getByRole('textbox', { name: 'New comment text' }).fill(COMMENT);
  await comments.getByRole('button', { name: 'Post comment' }).click();
  await expect(comments.locator('article.comment-thread')).toContainText(COMMENT);

  // Export to Word with comments; the browser receives the file as a download.
  await page
    .getByRole('toolbar', { name: 'Editing' })
    .getByRole('button', { name: 'Export to Word' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await dialog.getByLabel('Include comments').check();
  await expect(dialog.getByLabel('Save a version first (for circulation)')).toBeChecked();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  const fileName = download.suggestedFilename();
  // Named after the title, cut short, with the slash a file name cannot hold made a space.
  expect(fileName).toMatch(
    /^Action plan for the implementation of General Assembly resolution 77 281 .+\.docx$/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
    `Exported ${fileName}.`,
  );
  const work = mkdtempSync(join(tmpdir(), 'accord-e2e-export-'));
  const docx = join(work, 'plan.docx');
  await download.saveAs(docx);

  // pandoc, a reader we did not write: title, the first chapter heading, paragraph 1, the comment.
  const json = execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'json', docx], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ast = JSON.parse(json) as { meta: unknown; blocks: unknown[] };
  expect(words(ast.meta) + words(ast.blocks)).toContain(TITLE);
  const headings = nodesOf(ast.blocks, 'Header').map((h) => {
    const [level, , inlines] = h.c as [number, unknown, unknown];
    return { level, text: words(inlines).trim() };
  });
  expect(headings).toContainEqual({ level: 1, text: 'Introduction and mandate' });
  const paragraphs = nodesOf(ast.blocks, 'Para').map((p) => words(p.c));
  expect(paragraphs.some((p) => p.startsWith(PARAGRAPH_1))).toBe(true);
  const comment = nodesOf(ast.blocks, 'Span').find((s) =>
    JSON.stringify(s.c).includes('"comment-start"'),
  );
  expect(JSON.stringify(comment?.c)).toContain('Amina Diallo');
  expect(words((comment?.c as unknown[] | undefined)?.[1])).toContain(COMMENT);

  // LibreOffice opens it; page 1 becomes a picture to look at.
  const profile = join(tmpdir(), `lo-e2e-${process.pid}-${Date.now()}`);
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        docx,
      ],
      { timeout: 180_000, stdio: 'ignore' },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(work, 'plan.pdf');
  expect(existsSync(pdf)).toBe(true);
  const prefix = testInfo.outputPath('page');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, prefix]);
  const pngs = readdirSync(testInfo.outputDir).filter((f) => /^page-\d+\.png$/.test(f));
  expect(pngs).toHaveLength(1);
  await testInfo.attach('page 1', { path: join(testInfo.outputDir, pngs[0] ?? '') });
  rmSync(work, { recursive: true, force: true });

  // The version saved before the export is in the document's file and in the Versions panel.
  const saved = JSON.parse(readFileSync(join(host.libraryDir, 'export plan.accord'), 'utf8')) as {
    versions: { list: { name: string; reason: string }[] };
  };
  const before = saved.versions.list.filter((v) => v.reason === 'export');
  expect(before).toHaveLength(1);
  expect(before[0]?.name).toMatch(/^Before export \d{4}-\d\d-\d\d \d\d:\d\d$/);
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await expect(
    page.getByRole('complementary', { name: 'Versions' }).getByRole('heading', {
      name: before[0]?.name ?? '?',
    }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
