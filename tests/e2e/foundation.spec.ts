import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host';

const editor = (page: Page) => page.locator('.ProseMirror');
const headingLabel = (page: Page, title: string) =>
  editor(page).locator('h1, h2, h3, h4, h5').filter({ hasText: title }).first();
const paragraph = (page: Page, text: string) =>
  editor(page).locator('p.numbered').filter({ hasText: text }).first();

/** Opens the app and answers the first-start identity question. */
async function start(page: Page, entry: string): Promise<void> {
  await page.goto(entry);
  const who = page.getByRole('dialog', { name: 'Who are you?' });
  await who.getByLabel('Name').fill('Amina Diallo');
  await who.getByLabel('Initials').fill('AD');
  await who.getByLabel('Organization').fill('ILO');
  await who.getByRole('button', { name: 'Save' }).click();
  await expect(who).toBeHidden();
}

test('drafts from the template, restructures in the outline, saves, reloads and reopens intact', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await start(page, host.entry);
  await page.getByRole('button', { name: 'New from template' }).first().click();
  await expect(headingLabel(page, 'Strategic objectives')).toHaveAttribute('data-label', 'III.');

  // Type at the end of paragraph 1, then start a new paragraph: numbering follows.
  // Click at the end of the paragraph's last line, as a person would.
  const first = paragraph(page, 'On 18 April 2023');
  const box = await first.boundingBox();
  if (!box) throw new Error('paragraph 1 is not visible');
  await first.click({ position: { x: box.width - 2, y: box.height - 6 } });
  await page.keyboard.press('End');
  await page.keyboard.type(' Added in e2e.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A brand new paragraph.');
  await expect(paragraph(page, 'A brand new paragraph.')).toHaveAttribute('data-label', '2.');
  const thirdBefore = await editor(page)
    .locator('p.numbered[data-label="3."]')
    .first()
    .textContent();

  // Restructure: move chapter III above chapter II through the outline.
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.locator('.outline-entry').filter({ hasText: 'Strategic objectives' }).click();
  await outline.getByRole('button', { name: 'Move section up' }).click();
  await expect(headingLabel(page, 'Strategic objectives')).toHaveAttribute('data-label', 'II.');
  await expect(headingLabel(page, 'Purpose, scope and period')).toHaveAttribute(
    'data-label',
    'III.',
  );
  await expect(outline.locator('.outline-entry').nth(1)).toContainText('Strategic objectives');

  // Save into the library through the in-page Save as dialog.
  await page.keyboard.press('Control+s');
  const saveAs = page.getByRole('dialog', { name: 'Save as' });
  await saveAs.getByLabel('File name').fill('e2e plan');
  await saveAs.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('contentinfo').or(page.locator('.status-bar'))).toContainText(
    'Saved',
  );

  // Reload the page: back on the home screen; reopen from the documents list.
  await page.reload();
  await page.getByRole('button', { name: 'Open' }).first().click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /e2e plan\.accord/ })
    .click();
  await expect(paragraph(page, 'Added in e2e.')).toHaveAttribute('data-label', '1.');
  await expect(paragraph(page, 'A brand new paragraph.')).toHaveAttribute('data-label', '2.');
  await expect(editor(page).locator('p.numbered[data-label="3."]').first()).toHaveText(
    thirdBefore ?? '',
  );
  await expect(headingLabel(page, 'Strategic objectives')).toHaveAttribute('data-label', 'II.');
  await expect(headingLabel(page, 'Purpose, scope and period')).toHaveAttribute(
    'data-label',
    'III.',
  );
  expect(errors).toEqual([]);
});

test('a corrupt file gets a clear message naming it, and the app stays usable', async ({
  page,
  host,
}) => {
  writeFileSync(
    join(host.libraryDir, 'broken.accord'),
    '{"format":"accord","formatVersion":1, "doc": [tru',
  );
  await start(page, host.entry);
  await page.getByRole('button', { name: 'Open' }).first().click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /broken\.accord/ })
    .click();
  const alert = page.getByRole('alert').filter({ hasText: 'broken.accord' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('cannot be opened');
  // Dismiss whatever dialog shows the message, then carry on working.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await editor(page).locator('p.numbered').first().click();
  await page.keyboard.type('Still working.');
  await expect(editor(page)).toContainText('Still working.');
});
