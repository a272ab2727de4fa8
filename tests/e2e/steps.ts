import type { Locator, Page } from '@playwright/test';
import { expect } from './host';

/** A person who uses Accord in the e2e tests. */
export interface Identity {
  name: string;
  initials: string;
  organization: string;
}

/** The secretariat drafter. */
export const AMINA: Identity = { name: 'Amina Diallo', initials: 'AD', organization: 'ILO' };
/** A reviewer in a member agency. */
export const BRUNO: Identity = { name: 'Bruno Keller', initials: 'BK', organization: 'UNCTAD' };

/** The editable document of the editor screen. */
export const editor = (page: Page): Locator => page.locator('.ProseMirror').first();

/** The first numbered paragraph containing `text`. */
export const numberedParagraph = (page: Page, text: string): Locator =>
  editor(page).locator('p.numbered').filter({ hasText: text }).first();

/** Fills and saves the "Who are you?" dialog. */
export async function answerIdentity(page: Page, who: Identity = AMINA): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Who are you?' });
  await dialog.getByLabel('Name').fill(who.name);
  await dialog.getByLabel('Initials').fill(who.initials);
  await dialog.getByLabel('Organization').fill(who.organization);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** Opens the app at the host's address and answers the first-start identity question. */
export async function start(page: Page, entry: string, who: Identity = AMINA): Promise<void> {
  await page.goto(entry);
  await answerIdentity(page, who);
}

/** Clicks at the end of a paragraph's last line, as a person would, and types. */
export async function typeAtEnd(page: Page, paragraph: Locator, text: string): Promise<void> {
  // Wait for it as a person would look for it: rendered and scrolled into view.
  await expect(paragraph).toBeVisible();
  await paragraph.scrollIntoViewIfNeeded();
  const box = await paragraph.boundingBox();
  if (!box) throw new Error('the paragraph is not visible');
  await paragraph.click({ position: { x: box.width - 2, y: box.height - 6 } });
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** Saves a never-saved document into the library through the in-page Save as dialog. */
export async function saveAs(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'Save as' });
  await dialog.getByLabel('File name').fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** Opens a library document through the in-page Open dialog. */
export async function openFromList(page: Page, fileName: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Open' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: fileName }).click();
}

/** Switches who is using Accord through Settings, as a second person at the same machine would. */
export async function actAs(page: Page, who: Identity): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Editing' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await answerIdentity(page, who);
}

/** Selects `words` (within one text node) in a paragraph, as a drag over them would. */
export async function selectWords(page: Page, paragraph: Locator, words: string): Promise<void> {
  await paragraph.click();
  await paragraph.evaluate((p, wanted) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in one text node of the paragraph`);
  }, words);
  // ProseMirror reads the DOM selection on selectionchange.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(words);
  await page.waitForTimeout(50);
}

/** The status bar. */
export const statusBar = (page: Page): Locator => page.getByRole('contentinfo', { name: 'Status' });
/** The editing toolbar. */
export const editingToolbar = (page: Page): Locator =>
  page.getByRole('toolbar', { name: 'Editing' });
/** The Comments side panel. */
export const commentsPanel = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Comments' });
/** The Changes panel. */
export const changesPanel = (page: Page): Locator => page.getByRole('region', { name: 'Changes' });
/** The Accept/Reject bar shown at a change in the text. */
export const changeAtCursor = (page: Page): Locator =>
  page.getByRole('toolbar', { name: 'Change at cursor' });
/** Suggested insertions in the text. */
export const insertionsIn = (page: Page): Locator => editor(page).locator('ins[data-change]');
