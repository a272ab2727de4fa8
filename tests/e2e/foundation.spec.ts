import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './host';
import { openFromList, saveAs, start, typeAtEnd } from './steps';

const editor = (page: Page) => page.locator('.ProseMirror');
const headingLabel = (page: Page, title: string) =>
  editor(page).locator('h1, h2, h3, h4, h5').filter({ hasText: title }).first();
const paragraph = (page: Page, text: string) =>
  editor(page).locator('p.numbered').filter({ hasText: text }).first();

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
  await typeAtEnd(page, paragraph(page, 'On 18 April 2023'), ' Added in e2e.');
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
  await saveAs(page, 'e2e plan');
  await expect(page.getByRole('contentinfo').or(page.locator('.status-bar'))).toContainText(
    'Saved',
  );

  // Reload the page: back on the home screen; reopen from the documents list.
  await page.reload();
  await openFromList(page, /e2e plan\.accord/);
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
  await openFromList(page, /broken\.accord/);
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
