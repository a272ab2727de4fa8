import type { Page } from '@playwright/test';
import { expect, test } from './host';
import {
  actAs,
  AMINA,
  BRUNO,
  editor,
  numberedParagraph,
  openFromList,
  saveAs,
  selectWords,
  start,
  typeAtEnd,
  statusBar,
  editingToolbar,
  changesPanel,
  changeAtCursor,
  insertionsIn,
} from './steps';

const status = statusBar;
const toolbar = editingToolbar;
const panel = changesPanel;
const inText = changeAtCursor;
const item = (page: Page, text: string) =>
  panel(page).locator('li.change-item').filter({ hasText: text });
const insertions = insertionsIn;
const deletions = (page: Page) => editor(page).locator('del[data-change]');

const ENCOURAGED = 'The Assembly also encouraged';
const TERMS = 'in the following terms:';
const RESOLUTION = 'Resolution 77/281, in particular';
const DECENT_WORK = 'The resolution concerning decent work';

test('B suggests with track changes on, A accepts one change and rejects another, and after save and reload the rest are still pending', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Suggestion mode reports an edit it could not track on the console (the host has no icon).
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  await start(page, host.entry, AMINA);
  await page.getByRole('button', { name: 'New from template' }).first().click();
  await expect(numberedParagraph(page, ENCOURAGED)).toBeVisible();

  // Ctrl+Shift+E in the text turns suggestion mode on; the status bar and the toolbar say so.
  const mode = status(page).getByRole('button', { name: 'Track changes' });
  await expect(mode).toHaveText('Track changes: Off');
  await expect(mode).toHaveAttribute('aria-pressed', 'false');
  await numberedParagraph(page, ENCOURAGED).click();
  await page.keyboard.press('Control+Shift+E');
  await expect(mode).toHaveText('Track changes: On');
  await expect(mode).toHaveAttribute('aria-pressed', 'true');
  await expect(toolbar(page).getByRole('button', { name: 'Track changes' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(editor(page)).toHaveClass(/tc-tracking/);

  // B: an insertion, a deleted word (struck through, still there) and another insertion.
  await actAs(page, BRUNO);
  await typeAtEnd(page, numberedParagraph(page, TERMS), ' (quoted below)');
  await selectWords(page, numberedParagraph(page, ENCOURAGED), 'relevant ');
  await page.keyboard.press('Delete');
  await typeAtEnd(page, numberedParagraph(page, RESOLUTION), ' and its annex');
  await expect(insertions(page)).toHaveText([' (quoted below)', ' and its annex']);
  await expect(deletions(page)).toHaveText(['relevant ']);
  await expect(numberedParagraph(page, ENCOURAGED)).toContainText('encouraged relevant entities');
  await expect(deletions(page)).toHaveCSS('text-decoration-line', 'line-through');
  for (const mark of await editor(page).locator('[data-change]').all()) {
    await expect(mark).toHaveAttribute('data-author', BRUNO.name);
  }

  // The Changes panel lists each change with its kind and author.
  await toolbar(page).getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(panel(page).locator('li.change-item')).toHaveCount(3);
  await expect(item(page, 'quoted below')).toContainText('Inserted');
  await expect(item(page, 'quoted below')).toContainText(`${BRUNO.name}${BRUNO.organization}`);
  await expect(item(page, 'relevant')).toContainText('Deleted');
  await expect(item(page, 'relevant')).toContainText(BRUNO.name);

  // A, still suggesting: her own insertion is signed with her name.
  await actAs(page, AMINA);
  await typeAtEnd(page, numberedParagraph(page, DECENT_WORK), ' (ILO)');
  await expect(insertions(page).last()).toHaveText(' (ILO)');
  await expect(insertions(page).last()).toHaveAttribute('data-author', AMINA.name);
  await expect(panel(page).locator('li.change-item')).toHaveCount(4);
  await expect(item(page, '(ILO)')).toContainText(AMINA.name);
  await page.screenshot({ path: test.info().outputPath('track-changes.png') });

  // A accepts B's first insertion from the text: the bar under the cursor names it.
  await insertions(page).filter({ hasText: 'quoted below' }).click();
  await expect(inText(page)).toContainText(`Inserted by ${BRUNO.name}`);
  await page.screenshot({ path: test.info().outputPath('track-changes-at-cursor.png') });
  await inText(page).getByRole('button', { name: 'Accept' }).click();
  await expect(inText(page)).toBeHidden();
  await expect(numberedParagraph(page, TERMS)).toContainText('following terms: (quoted below)');
  await expect(insertions(page)).toHaveText([' and its annex', ' (ILO)']);

  // ... and rejects B's deletion from the panel: the word stays, unmarked.
  await item(page, 'relevant').getByRole('button', { name: 'Reject' }).click();
  await expect(deletions(page)).toHaveCount(0);
  await expect(numberedParagraph(page, ENCOURAGED)).toContainText('encouraged relevant entities');
  await expect(panel(page).locator('li.change-item')).toHaveCount(2);

  // Save, reload the page, reopen: the text as decided, the two other changes still pending.
  await saveAs(page, 'suggested plan');
  await expect(status(page)).toContainText('Saved');
  await page.reload();
  await openFromList(page, /suggested plan\.accord/);
  await expect(numberedParagraph(page, TERMS)).toContainText('following terms: (quoted below)');
  await expect(numberedParagraph(page, ENCOURAGED)).toContainText('encouraged relevant entities');
  await expect(deletions(page)).toHaveCount(0);
  await expect(insertions(page)).toHaveText([' and its annex', ' (ILO)']);
  await expect(insertions(page).first()).toHaveAttribute('data-author', BRUNO.name);
  await expect(insertions(page).last()).toHaveAttribute('data-author', AMINA.name);
  await toolbar(page).getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(panel(page).locator('li.change-item')).toHaveCount(2);
  await expect(item(page, 'and its annex')).toContainText(BRUNO.name);
  await expect(item(page, '(ILO)')).toContainText(AMINA.name);

  expect(errors).toEqual([]);
});

test('rejecting at the cursor and accepting all by one author leave only the other author’s changes', async ({
  page,
  host,
}) => {
  await start(page, host.entry, BRUNO);
  await page.getByRole('button', { name: 'New from template' }).first().click();
  await expect(numberedParagraph(page, ENCOURAGED)).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Track changes' }).click();
  await expect(status(page).getByRole('button', { name: 'Track changes' })).toHaveText(
    'Track changes: On',
  );
  await typeAtEnd(page, numberedParagraph(page, TERMS), ' (quoted below)');
  await typeAtEnd(page, numberedParagraph(page, RESOLUTION), ' and its annex');
  await actAs(page, AMINA);
  await typeAtEnd(page, numberedParagraph(page, DECENT_WORK), ' (ILO)');

  // Reject at the cursor: the inserted words go.
  await insertions(page).filter({ hasText: 'and its annex' }).click();
  await inText(page).getByRole('button', { name: 'Reject' }).click();
  await expect(numberedParagraph(page, RESOLUTION)).not.toContainText('and its annex');

  // Turned off, typing is plain text again.
  await status(page).getByRole('button', { name: 'Track changes' }).click();
  await expect(editor(page)).not.toHaveClass(/tc-tracking/);
  await typeAtEnd(page, numberedParagraph(page, ENCOURAGED), ' Plain.');
  await expect(insertions(page)).toHaveText([' (quoted below)', ' (ILO)']);

  // Accept all by Bruno from the panel: only Amina's suggestion is left.
  await toolbar(page).getByRole('button', { name: 'Changes', exact: true }).click();
  await panel(page).getByLabel('Author').selectOption(BRUNO.name);
  await panel(page)
    .getByRole('button', { name: `Accept all by ${BRUNO.name}` })
    .click();
  await expect(insertions(page)).toHaveText([' (ILO)']);
  await expect(numberedParagraph(page, TERMS)).toContainText('terms: (quoted below)');
  await panel(page).getByLabel('Author').selectOption('');
  await expect(panel(page).locator('li.change-item')).toHaveCount(1);

  // Undo brings Bruno's suggestion back.
  await editor(page).focus();
  await page.keyboard.press('Control+z');
  await expect(insertions(page)).toHaveText([' (quoted below)', ' (ILO)']);
});
