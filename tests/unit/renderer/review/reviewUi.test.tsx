// @vitest-environment happy-dom
import type { Node } from 'prosemirror-model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importReviewCopies, makeReviewCopy } from '../../../../shared/review';
import { ok, fail } from '../../../../shared/result';
import { ImportReviewDialog } from '../../../../renderer/components/review/ImportReviewDialog';
import { ReviewCopyBanner } from '../../../../renderer/components/review/ReviewCopyBanner';
import {
  importReviews,
  parseReviewers,
  sendForReview,
} from '../../../../renderer/components/review/reviewFlow';
import { SendForReviewDialog } from '../../../../renderer/components/review/SendForReviewDialog';
import { DocumentSession } from '../../../../renderer/session/documentSession';
import { newAccordFile } from '../../../../shared/document/create';
import { ana, at, ben, saved, suggest } from '../../shared/review/build';
import { click, getByRole, render, settle, typeInto } from '../components/render';
import { appInfo, docTitled, FakeHost, opened, ScriptedPrompts } from '../session/fakes';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** A session on a saved master in a fake host whose review methods run the real merge. */
function setup() {
  const host = new FakeHost();
  const prompts = new ScriptedPrompts();
  let doc: Node = docTitled('Plan of action', 'Statistics remain scarce.');
  const path = '/library/plan.accord';
  const stamp = host.put(path, newAccordFile(doc));
  const session = new DocumentSession(
    { api: host.api, appInfo: appInfo(), prompts },
    opened(doc, { path, stamp, file: host.files.get(path)!.file }),
    doc,
  );
  session.attachDoc(
    () => doc,
    (next) => (doc = next),
  );
  host.handlers['review.send'] = ({ file, reviewers, due }) => {
    const made = makeReviewCopy(file, doc, { reviewers, due, now: at(1), author: ana });
    if (!made.ok) return Promise.resolve(made);
    host.put('/library/copy.accord', made.value.copy);
    return Promise.resolve(
      ok({
        file: made.value.master,
        copyPath: '/library/copy.accord',
        wordPath: null,
        warning: null,
      }),
    );
  };
  host.handlers['review.import'] = ({ file, paths }) => {
    const copies = paths.map((p) => {
      const copy = host.files.get(p)!.file;
      return { file: copy, doc: docOf(copy), name: p };
    });
    const imported = importReviewCopies(file, doc, copies, { author: ana, now: at(30) });
    if (!imported.ok) return Promise.resolve(imported);
    const reports = imported.value.reports.map((r, i) => ({ ...r, fileName: paths[i]! }));
    return Promise.resolve(
      ok({ file: imported.value.file, changed: imported.value.version !== null, reports }),
    );
  };
  return { host, prompts, session, path, current: () => doc };
}

function docOf(file: { doc: Record<string, unknown> }): Node {
  return docTitled('x').type.schema.nodeFromJSON(file.doc);
}

const deps = (host: FakeHost) => ({ api: host.api, native: false });

describe('sending and importing from the editor', () => {
  it('sends for review: the master keeps the “Sent for review” version and is saved', async () => {
    const { host, session, path } = setup();
    const outcome = await sendForReview(deps(host), session, {
      reviewers: ['ILO'],
      due: null,
      withWord: false,
    });
    expect(outcome).toMatchObject({ kind: 'sent', saved: true, copyPath: '/library/copy.accord' });
    expect(session.state.versions.map((v) => v.name)).toEqual(['Sent for review 2025-03-14']);
    expect(host.files.get(path)!.file.versions.list).toHaveLength(1);
    expect(session.state.dirty).toBe(false);
  });

  it('imports a returned copy: the merged text replaces the editor’s, unsaved', async () => {
    const { host, session, current } = setup();
    await sendForReview(deps(host), session, { reviewers: ['ILO'], due: null, withWord: false });
    const copy = host.files.get('/library/copy.accord')!.file;
    const id = String(current().child(1).attrs.id);
    const edited = suggest(docOf(copy), id, 'scarce', 'rare', ben, 'b1');
    host.put('/library/copy.accord', saved(copy, edited));
    const outcome = await importReviews(deps(host), session, ['/library/copy.accord']);
    expect(outcome.kind === 'imported' && outcome.result.reports[0]).toMatchObject({
      suggestions: 1,
    });
    expect(current().child(1).textContent).toBe('Statistics remain scarcerare.');
    expect(session.state.dirty).toBe(true);
    expect(session.state.versions.map((v) => v.reason)).toEqual(['review', 'review']);
  });

  it('passes the host’s refusal on', async () => {
    const { host, session } = setup();
    host.handlers['review.import'] = () =>
      Promise.resolve(fail('newer-format', '“copy.accord” was made by a newer Accord.'));
    const outcome = await importReviews(deps(host), session, ['/library/copy.accord']);
    expect(outcome).toEqual({
      kind: 'failed',
      message: '“copy.accord” was made by a newer Accord.',
    });
    expect(session.state.dirty).toBe(false);
  });

  it('reads reviewers from a list separated by commas or semicolons', () => {
    expect(parseReviewers(' ILO, OECD;UNCTAD ,, ')).toEqual(['ILO', 'OECD', 'UNCTAD']);
  });
});

describe('the review dialogs', () => {
  it('Send for review asks for reviewers, a due date and a Word file', async () => {
    const onSend = vi.fn();
    const view = await render(
      <SendForReviewDialog title="Plan" busy={false} onSend={onSend} onCancel={() => undefined} />,
    );
    cleanup = () => void view.unmount();
    const dialog = getByRole(document.body, 'dialog', 'Send for review');
    const reviewers = dialog.querySelector('input:not([type])') as HTMLInputElement;
    await typeInto(reviewers, 'ILO, OECD');
    const word = Array.from(dialog.querySelectorAll('label')).find(
      (l) => l.textContent === 'Also write a Word file',
    );
    expect(word).toBeDefined();
    await click(word!.querySelector('input')!);
    await click(getByRole(dialog, 'button', 'Send'));
    expect(onSend).toHaveBeenCalledWith({ reviewers: ['ILO', 'OECD'], due: null, withWord: true });
  });

  it('Import review lists the library without the open document and imports the chosen copies', async () => {
    const host = new FakeHost();
    const entry = (name: string) => ({
      path: `/library/${name}`,
      name,
      title: name,
      modified: '2025-03-14T09:00:00Z',
      size: 1,
    });
    host.library = [entry('plan.accord'), entry('copy A.accord'), entry('copy B.accord')];
    const onImport = vi.fn();
    const view = await render(
      <ImportReviewDialog
        api={host.api}
        currentPath="/library/plan.accord"
        native={false}
        busy={false}
        onImport={onImport}
        onCancel={() => undefined}
      />,
    );
    cleanup = () => void view.unmount();
    await settle();
    const dialog = getByRole(document.body, 'dialog', 'Import review');
    const boxes = Array.from(dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((b) => b.closest('label')!.title)).toEqual([
      '/library/copy A.accord',
      '/library/copy B.accord',
    ]);
    const importButton = getByRole(dialog, 'button', 'Import');
    expect(importButton.hasAttribute('disabled')).toBe(true);
    await click(boxes[1]!);
    await click(importButton);
    expect(onImport).toHaveBeenCalledWith(['/library/copy B.accord']);
  });

  it('a review copy says whose it is and that every edit is a suggestion', async () => {
    const review = {
      sourceDocumentId: 'm',
      baseVersionId: 'v',
      reviewers: ['ILO'],
      due: '2025-04-01',
      sentAt: '2025-03-14T09:01:00.000Z',
    };
    const view = await render(<ReviewCopyBanner title="Plan of action" review={review} />);
    cleanup = () => void view.unmount();
    expect(view.container.textContent).toContain(
      'Review copy for Plan of action — your edits are suggestions',
    );
    expect(view.container.textContent).toContain('Sent to ILO on 2025-03-14, due 2025-04-01.');
  });
});
