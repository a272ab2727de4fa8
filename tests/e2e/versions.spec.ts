import type { Page } from '@playwright/test';
import { expect, test } from './host';
import { saveAs, start, statusBar, typeAtEnd } from './steps';

const draft = (page: Page) => page.getByRole('main', { name: 'Document' }).locator('.ProseMirror');
const paragraph = (page: Page, text: string) =>
  draft(page).locator('p.numbered').filter({ hasText: text }).first();
const panel = (page: Page) => page.getByRole('complementary', { name: 'Versions' });
const version = (page: Page, name: string) =>
  panel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
const status = statusBar;

const ADDED = ' Added after Draft 1.';

/** Types at the end of the first numbered paragraph. */
const typeAtEndOfFirstParagraph = (page: Page, text: string) =>
  typeAtEnd(page, paragraph(page, 'On 18 April 2023'), text);

test('saves a version, edits, compares, restores, saves, reloads and reopens with versions intact', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await start(page, host.entry);
  await page.getByRole('button', { name: 'New from template' }).first().click();
  await expect(paragraph(page, 'On 18 April 2023')).toHaveAttribute('data-label', '1.');

  // Give the document a file, then save a version: with a file it is written at once.
  await saveAs(page, 'versions plan');
  await expect(status(page)).toContainText('Saved');

  await page.getByRole('button', { name: 'Save version' }).click();
  const ask = page.getByRole('dialog', { name: 'Save version' });
  await ask.getByLabel('Name').fill('Draft 1');
  await ask.getByLabel('Note').fill('For the December online meeting');
  await ask.getByRole('button', { name: 'Save version' }).click();
  await expect(ask).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Version “Draft 1” saved.' }),
  ).toBeVisible();
  await expect(status(page)).toContainText('Saved');

  // Edit the draft.
  await typeAtEndOfFirstParagraph(page, ADDED);
  await expect(paragraph(page, ADDED.trim())).toBeVisible();

  // The panel lists the version with who saved it, its note and summary.
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  const one = version(page, 'Draft 1');
  await expect(one).toContainText('Amina Diallo (ILO)');
  await expect(one).toContainText('For the December online meeting');
  await expect(one).toContainText('First version');

  // Compare the version with the current draft: the added words show as an insertion.
  await one.getByRole('button', { name: 'Compare' }).click();
  await one.getByRole('button', { name: 'Show comparison' }).click();
  const comparison = page.getByRole('region', { name: /^Comparing “Draft 1”/ });
  await expect(comparison.locator('[data-kind="changed"]')).toHaveText('1 changed');
  await expect(comparison.locator('ins')).toHaveText(ADDED.trim());
  await comparison.getByRole('button', { name: 'Next change' }).click();
  await expect(comparison.getByRole('status')).toContainText('Change 1 of 1');
  await expect(comparison.locator('.change-current').first()).toBeVisible();
  await comparison.getByRole('button', { name: 'Close comparison' }).click();
  await expect(comparison).toBeHidden();
  await expect(paragraph(page, ADDED.trim())).toBeVisible();

  // Open the version read-only, then go back to the draft.
  await one.getByRole('button', { name: 'Open' }).click();
  const viewer = page.getByRole('region', { name: /^Version “Draft 1”.*Read-only$/ });
  await expect(viewer.getByRole('document')).not.toContainText(ADDED.trim());
  await viewer.getByRole('button', { name: 'Back to draft' }).click();
  await expect(viewer).toBeHidden();

  // Restore: the draft as it was is kept as a version, the editor shows Draft 1 again.
  await one.getByRole('button', { name: 'Restore' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this version?' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(confirm).toBeHidden();
  await expect(draft(page)).not.toContainText(ADDED.trim());
  await expect(version(page, 'Before restoring “Draft 1”')).toBeVisible();
  await expect(status(page)).toContainText('Unsaved changes');
  await page.keyboard.press('Control+s');
  await expect(status(page)).toContainText('Saved');

  // Reload and reopen: the restored text and both versions are there.
  await page.reload();
  await page.getByRole('button', { name: 'Open' }).first().click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /versions plan\.accord/ })
    .click();
  await expect(paragraph(page, 'On 18 April 2023')).toHaveAttribute('data-label', '1.');
  await expect(draft(page)).not.toContainText(ADDED.trim());
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await expect(panel(page).getByRole('listitem')).toHaveCount(2);
  const kept = version(page, 'Before restoring “Draft 1”');
  await expect(kept).toContainText('Saved before a restore');
  await expect(kept).toContainText('1 paragraph changed');
  await kept.getByRole('button', { name: 'Open' }).click();
  await expect(
    page.getByRole('region', { name: /^Version “Before restoring/ }).getByRole('document'),
  ).toContainText(ADDED.trim());
  expect(errors).toEqual([]);
});
