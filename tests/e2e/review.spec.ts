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
  commentsPanel,
  changesPanel,
  changeAtCursor,
  insertionsIn,
} from './steps';

const status = statusBar;
const toolbar = editingToolbar;
const comments = commentsPanel;
const changes = changesPanel;
const inText = changeAtCursor;
const insertions = insertionsIn;

const TERMS = 'in the following terms:';
const RESOLUTION = 'Resolution 77/281, in particular';
const ADOPTED = 'the General Assembly adopted';

test('A sends for review, B comments and suggests in the copy while A edits the master, A imports, accepts one, and after reload all is as it should be', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await start(page, host.entry, AMINA);
  await page.getByRole('button', { name: 'New from template' }).first().click();
  await expect(numberedParagraph(page, TERMS)).toBeVisible();
  await saveAs(page, 'master plan');

  // A: Send for review to UNCTAD; the copy goes into the library, the master keeps a version.
  await toolbar(page).getByRole('button', { name: 'Send for review' }).click();
  const send = page.getByRole('dialog', { name: 'Send for review' });
  await send.getByLabel('Reviewers').fill('UNCTAD');
  await send.getByLabel('Due date').fill('2030-04-01');
  await send.getByRole('button', { name: 'Send' }).click();
  await expect(send).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Review copy written' })).toContainText(
    /review \d{4}-\d\d-\d\d – UNCTAD\.accord/,
  );
  await expect(status(page)).toContainText('Saved');

  // A keeps drafting meanwhile (suggestion mode off): a plain edit, saved.
  await typeAtEnd(page, numberedParagraph(page, RESOLUTION), ' as amended');
  await page.keyboard.press('Control+s');
  await expect(status(page)).toContainText('Saved');

  // B opens the copy: suggestion mode is on and cannot be turned off; the banner says why.
  await actAs(page, BRUNO);
  await openFromList(page, /UNCTAD\.accord/);
  await expect(page.getByRole('note', { name: 'Review copy' })).toContainText(
    'your edits are suggestions',
  );
  await expect(page.getByRole('note', { name: 'Review copy' })).toContainText('Review copy for ');
  const trackSwitch = toolbar(page).getByRole('button', { name: 'Track changes' });
  await expect(trackSwitch).toHaveAttribute('aria-pressed', 'true');
  await expect(trackSwitch).toBeDisabled();
  await expect(numberedParagraph(page, RESOLUTION)).not.toContainText('as amended');

  // B comments and suggests wording, then saves the copy.
  await selectWords(page, numberedParagraph(page, ADOPTED), ADOPTED);
  await page.keyboard.press('Control+Alt+m');
  await comments(page).getByRole('textbox', { name: 'New comment text' }).fill('Quote the title.');
  await comments(page).getByRole('button', { name: 'Post comment' }).click();
  await typeAtEnd(page, numberedParagraph(page, TERMS), ' (quoted below)');
  await expect(insertions(page)).toHaveText([' (quoted below)']);
  await page.keyboard.press('Control+s');
  await expect(status(page)).toContainText('Saved');

  // A opens the master and imports the copy from the documents list.
  await actAs(page, AMINA);
  await openFromList(page, /master plan\.accord/);
  await expect(page.getByRole('note', { name: 'Review copy' })).toHaveCount(0);
  await toolbar(page).getByRole('button', { name: 'Import review' }).click();
  const choose = page.getByRole('dialog', { name: 'Import review' });
  await choose.getByRole('checkbox', { name: /UNCTAD\.accord/ }).check();
  await choose.getByRole('button', { name: 'Import' }).click();
  const report = page.getByRole('dialog', { name: 'Review imported' });
  await expect(report).toContainText('UNCTAD');
  await expect(report).toContainText('1 new thread');
  await expect(report).toContainText('1 suggestion,');
  await expect(report).toContainText('0 conflicts');
  await report.getByRole('button', { name: 'Close' }).click();

  // B's thread and suggestion are in, in B's name; A's own edit is kept.
  await expect(numberedParagraph(page, RESOLUTION)).toContainText('as amended');
  await expect(insertions(page)).toHaveText([' (quoted below)']);
  await expect(insertions(page).first()).toHaveAttribute('data-author', BRUNO.name);
  await expect(editor(page).locator('.comment-anchor')).toHaveText([ADOPTED]);
  await toolbar(page).getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(changes(page).locator('li.change-item')).toHaveCount(1);
  await expect(changes(page).locator('li.change-item')).toContainText(BRUNO.name);
  await toolbar(page).getByRole('button', { name: 'Comments' }).click();
  const thread = comments(page).locator('article.comment-thread').filter({ hasText: ADOPTED });
  await expect(thread).toContainText('Quote the title.');
  await expect(thread.locator('.comment-author')).toHaveText(BRUNO.name);

  // A accepts the suggestion from the text, saves, reloads: as it should be.
  await insertions(page).first().click();
  await inText(page).getByRole('button', { name: 'Accept' }).click();
  await expect(insertions(page)).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(status(page)).toContainText('Saved');
  await page.reload();
  await openFromList(page, /master plan\.accord/);
  await expect(numberedParagraph(page, TERMS)).toContainText('following terms: (quoted below)');
  await expect(numberedParagraph(page, RESOLUTION)).toContainText('as amended');
  await expect(insertions(page)).toHaveCount(0);
  await expect(editor(page).locator('.comment-anchor')).toHaveText([ADOPTED]);
  expect(errors).toEqual([]);
});

test('where B and A changed the same words, both proposals are kept and the Changes panel flags the conflict', async ({
  page,
  host,
}) => {
  await start(page, host.entry, AMINA);
  await page.getByRole('button', { name: 'New from template' }).first().click();
  await expect(numberedParagraph(page, TERMS)).toBeVisible();
  await saveAs(page, 'master plan');
  await toolbar(page).getByRole('button', { name: 'Send for review' }).click();
  const send = page.getByRole('dialog', { name: 'Send for review' });
  await send.getByLabel('Reviewers').fill('OECD');
  await send.getByRole('button', { name: 'Send' }).click();
  await expect(send).toBeHidden();

  // A rewords the end of a paragraph; B, in the copy, rewords the same words differently.
  await typeAtEnd(page, numberedParagraph(page, TERMS), ' as follows');
  await page.keyboard.press('Control+s');
  await expect(status(page)).toContainText('Saved');
  await actAs(page, BRUNO);
  await openFromList(page, /OECD\.accord/);
  await typeAtEnd(page, numberedParagraph(page, TERMS), ' below');
  await page.keyboard.press('Control+s');
  await expect(status(page)).toContainText('Saved');

  await actAs(page, AMINA);
  await openFromList(page, /master plan\.accord/);
  await toolbar(page).getByRole('button', { name: 'Import review' }).click();
  const choose = page.getByRole('dialog', { name: 'Import review' });
  await choose.getByRole('checkbox', { name: /OECD\.accord/ }).check();
  await choose.getByRole('button', { name: 'Import' }).click();
  const report = page.getByRole('dialog', { name: 'Review imported' });
  await expect(report).toContainText('1 conflict');
  await expect(report).toContainText(`${BRUNO.name} proposed`);
  await report.getByRole('button', { name: 'Close' }).click();

  // A's words stand; B's proposal is a change of B's, flagged, with a note by B.
  await expect(numberedParagraph(page, TERMS)).toContainText('as follows');
  await expect(insertions(page).last()).toHaveAttribute('data-author', BRUNO.name);
  await toolbar(page).getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(changes(page).locator('.change-conflict').first()).toHaveText('Conflict');
  await toolbar(page).getByRole('button', { name: 'Comments' }).click();
  await expect(
    comments(page).locator('article.comment-thread').filter({ hasText: 'Conflict:' }),
  ).toContainText(BRUNO.name);
});
