import type { Locator, Page } from '@playwright/test';
import { expect, test } from './host';
import {
  actAs,
  AMINA,
  BRUNO,
  editor,
  numberedParagraph as paragraph,
  openFromList,
  saveAs,
  start,
  type Identity,
  commentsPanel,
} from './steps';

const MARKUP = '<img src=x onerror=alert(1)>';
const panel = commentsPanel;
const thread = (page: Page, quote: string) =>
  panel(page).locator('article.comment-thread').filter({ hasText: quote });
const comment = (card: Locator, text: string) =>
  card.locator('li.comment').filter({ hasText: text });

/**
 * Selects `words` inside the first numbered paragraph containing them, as a drag would, or with
 * `caretAfter` puts the cursor just after them.
 */
async function selectWords(page: Page, words: string, caretAfter = false): Promise<void> {
  await paragraph(page, words).click();
  await paragraph(page, words).evaluate(
    (p, [wanted, collapse]) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, collapse ? at + wanted.length : at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
      throw new Error(`“${wanted}” is not in one text node of the paragraph`);
    },
    [words, caretAfter] as const,
  );
  // ProseMirror reads the DOM selection on selectionchange.
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''))
    .toBe(caretAfter ? '' : words);
  await page.waitForTimeout(50);
}

/** The person shown on a comment: name, initials avatar and organization. */
async function expectAuthor(item: Locator, who: Identity): Promise<void> {
  await expect(item.locator('.comment-author')).toHaveText(who.name);
  await expect(item.locator('.comment-avatar')).toHaveText(who.initials);
  await expect(item.locator('.comment-org')).toHaveText(who.organization);
  await expect(item.locator('time')).not.toBeEmpty();
}

test('A comments, B replies, resolve and reopen, the text is deleted, and after save and reload all is as it was', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await start(page, host.entry, AMINA);
  await page.getByRole('button', { name: 'New from template' }).first().click();
  await expect(paragraph(page, 'On 18 April 2023')).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Editing' });

  // A: New comment with Ctrl+Alt+M in the editor; the panel opens with the text box.
  await selectWords(page, 'the General Assembly adopted');
  await page.keyboard.press('Control+Alt+m');
  await expect(panel(page)).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Comments' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const newText = panel(page).getByRole('textbox', { name: 'New comment text' });
  await expect(newText).toBeFocused();
  await newText.fill('Please quote the full title of the resolution.');
  await panel(page).getByRole('button', { name: 'Post comment' }).click();
  const first = thread(page, 'the General Assembly adopted');
  await expect(first).toBeVisible();
  await expect(first.locator('.thread-section')).toHaveText('I. Introduction and mandate');
  await expectAuthor(comment(first, 'Please quote the full title'), AMINA);
  await expect(editor(page).locator('.comment-anchor')).toHaveText([
    'the General Assembly adopted',
  ]);

  // A: the toolbar's New comment; an empty comment is refused, markup is kept as text.
  await selectWords(page, 'brings together entities');
  await toolbar.getByRole('button', { name: 'New comment' }).click();
  await panel(page).getByRole('button', { name: 'Post comment' }).click();
  await expect(panel(page).getByRole('alert')).toHaveText(
    'Write something before posting a comment.',
  );
  await panel(page).getByRole('textbox', { name: 'New comment text' }).fill(MARKUP);
  await panel(page).getByRole('button', { name: 'Post comment' }).click();
  const second = thread(page, 'brings together entities');
  await expect(second.locator('.comment-text')).toHaveText(MARKUP);
  await expect(panel(page).locator('img')).toHaveCount(0);
  await expect(panel(page).getByRole('alert')).toHaveCount(0);
  const introduction = page
    .getByRole('navigation', { name: 'Outline' })
    .locator('.outline-entry')
    .filter({ hasText: 'Introduction and mandate' });
  await expect(introduction.locator('.outline-comments')).toContainText('2 open comments');

  // B: switch identity in Settings, reply; A's comment offers B no Edit or Delete.
  await actAs(page, BRUNO);
  await first.getByRole('button', { name: 'Reply' }).click();
  await first.getByRole('textbox', { name: 'Reply text' }).fill('The full title is in footnote 1.');
  await first.getByRole('button', { name: 'Post reply' }).click();
  const amina = comment(first, 'Please quote the full title');
  const bruno = comment(first, 'The full title is in footnote 1.');
  await expectAuthor(bruno, BRUNO);
  await expect(amina.getByRole('button')).toHaveCount(0);
  await expect(bruno.getByRole('button', { name: 'Edit' })).toBeVisible();
  await expect(bruno.getByRole('button', { name: 'Delete comment' })).toBeVisible();

  await page.screenshot({ path: test.info().outputPath('comments-panel.png') });

  // Resolve, then show all threads and reopen.
  await first.getByRole('button', { name: 'Resolve' }).click();
  await panel(page).getByLabel('Show').selectOption('all');
  await expect(first.locator('.badge-resolved')).toHaveText('Resolved');
  await first.getByRole('button', { name: 'Reopen' }).click();
  await expect(first.locator('.badge-resolved')).toHaveCount(0);
  await expect(first.getByRole('button', { name: 'Resolve' })).toBeVisible();

  // Delete the commented paragraph's text: the thread is detached, quoted, still listed.
  await paragraph(page, 'On 18 April 2023').selectText();
  await page.keyboard.press('Delete');
  await expect(paragraph(page, 'On 18 April 2023')).toHaveCount(0);
  await expect(first.locator('.badge-detached')).toHaveText('Detached');
  await expect(first.locator('.thread-quote')).toHaveText('the General Assembly adopted');
  await expect(first.locator('.thread-section')).toHaveText('I. Introduction and mandate');

  // B resolves A's second thread, so a resolved status is saved too.
  await second.getByRole('button', { name: 'Resolve' }).click();
  await expect(second.locator('.badge-resolved')).toHaveText('Resolved');
  await expect(introduction.locator('.outline-comments')).toContainText('1 open comment');

  await page.screenshot({ path: test.info().outputPath('comments-detached.png') });

  // Save through the in-page Save as dialog, reload, reopen.
  await saveAs(page, 'commented plan');
  await expect(page.locator('.statusbar')).toContainText('Saved');
  await page.reload();
  await openFromList(page, /commented plan\.accord/);
  await expect(editor(page)).toContainText('brings together entities');

  // The document has an open thread, so the panel is open on arrival.
  await expect(panel(page)).toBeVisible();
  await panel(page).getByLabel('Show').selectOption('all');
  await expect(panel(page).locator('article.comment-thread')).toHaveCount(2);
  await expect(first.locator('.badge-detached')).toHaveText('Detached');
  await expect(first.locator('.badge-resolved')).toHaveCount(0);
  await expect(first.locator('.thread-quote')).toHaveText('the General Assembly adopted');
  await expect(first.locator('.thread-section')).toHaveText('I. Introduction and mandate');
  await expectAuthor(comment(first, 'Please quote the full title'), AMINA);
  await expectAuthor(comment(first, 'The full title is in footnote 1.'), BRUNO);
  await expect(comment(first, 'Please quote the full title').getByRole('button')).toHaveCount(0);
  await expect(second.locator('.badge-resolved')).toHaveText('Resolved');
  await expect(second.locator('.badge-detached')).toHaveCount(0);
  await expect(second.locator('.comment-text')).toHaveText(MARKUP);
  await expectAuthor(comment(second, MARKUP), AMINA);
  await expect(editor(page).locator('.comment-anchor')).toHaveText(['brings together entities']);
  await expect(panel(page).locator('img')).toHaveCount(0);

  // Clicking a thread scrolls the page to its text and selects it.
  const anchor = editor(page).locator('.comment-anchor').filter({ hasText: 'brings together' });
  await page.locator('.page-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(anchor).not.toBeInViewport();
  await second.locator('.thread-quote').click();
  await expect(anchor).toBeInViewport();
  await expect(editor(page).locator('.comment-active')).toHaveText(['brings together entities']);

  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('with the panel closed, Ctrl+Alt+M outside the editor opens it and says what to select', async ({
  page,
  host,
}) => {
  await start(page, host.entry, AMINA);
  await page.getByRole('button', { name: 'New from template' }).first().click();
  const toolbar = page.getByRole('toolbar', { name: 'Editing' });
  await expect(panel(page)).toHaveCount(0);
  // No word at the cursor: nothing to comment on.
  await selectWords(page, 'in the following terms:', true);
  await toolbar.getByRole('button', { name: 'Comments' }).focus();
  await page.keyboard.press('Control+Alt+m');
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('alert')).toHaveText(
    'Select the text the comment is about first.',
  );
  await toolbar.getByRole('button', { name: 'Comments' }).click();
  await expect(panel(page)).toHaveCount(0);
});
