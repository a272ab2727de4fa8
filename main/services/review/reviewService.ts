import { access } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ApiArgs, ImportedReviews, SentForReview } from '../../../shared/api';
import { NO_IDENTITY } from '../../../shared/comments';
import type { Person } from '../../../shared/document/fileSchema';
import { EXTENSION } from '../../../shared/document/format';
import { loadAccordValue, serializeAccordFile } from '../../../shared/document/load';
import { importReviewCopies, makeReviewCopy, reviewCopyStem } from '../../../shared/review';
import { fail, ok, type Result } from '../../../shared/result';
import { writeFileAtomic } from '../atomicWrite';
import { renderDocx, writeExport } from '../exportService';
import { fsFailure } from '../fsErrors';
import type { PathPolicy } from '../pathPolicy';
import { readCopies } from './readCopies';

/** What the review service needs from the other services. */
export interface ReviewServiceDeps {
  policy: PathPolicy;
  libraryDir: string;
  /** The user's identity from settings, or null until they have said who they are. */
  identity: () => Promise<Person | null>;
  now: () => Date;
  /** Writes a Word file; the atomic write unless a test makes one fail. */
  writeWord?: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** Who imports when settings hold no identity yet: the version still needs an author. */
const SOMEONE: Person = { name: 'Unknown', initials: '', organization: '' };

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** A free path in `folder` for a name stem: "stem.accord", else "stem (2).accord", and so on. */
async function freePath(folder: string, stem: string, extension: string): Promise<string> {
  for (let n = 1; ; n++) {
    const path = join(folder, `${stem}${n === 1 ? '' : ` (${n})`}${extension}`);
    if (!(await exists(path))) return path;
  }
}

/** `review.send` and `review.import`: review copies going out and coming back. */
export class ReviewService {
  constructor(private readonly deps: ReviewServiceDeps) {}

  /**
   * Saves the "Sent for review" version in the master and writes the copy: where the user chose,
   * or into the library under a free name. With `withWord`, a Word file (comments and tracked
   * changes shown) is written beside it for reviewers without Accord. The master returned must
   * be saved by the caller, who holds it open.
   */
  async send(req: ApiArgs<'review.send'>): Promise<Result<SentForReview>> {
    const author = await this.deps.identity();
    if (!author) return fail('invalid-argument', NO_IDENTITY);
    const master = loadAccordValue(req.file, req.file.meta.title || 'This document');
    if (!master.ok) return master;
    const now = this.deps.now();
    const made = makeReviewCopy(master.value.file, master.value.doc, {
      reviewers: req.reviewers,
      due: req.due,
      now,
      author,
    });
    if (!made.ok) return made;
    const stem = reviewCopyStem(
      made.value.copy.meta.title,
      made.value.copy.review?.reviewers ?? [],
      now,
    );
    let target: string;
    if (req.outputPath !== null) {
      const checked = await this.deps.policy.check(req.outputPath);
      if (!checked.ok) return checked;
      target = checked.value;
    } else {
      target = await freePath(this.deps.libraryDir, stem, EXTENSION);
    }
    try {
      await writeFileAtomic(target, serializeAccordFile(made.value.copy));
    } catch (error) {
      return fsFailure(error, target, 'write the review copy');
    }
    this.deps.policy.allow(target);
    let wordPath: string | null = null;
    if (req.withWord) {
      const copy = loadAccordValue(made.value.copy, basename(target));
      if (!copy.ok) return copy;
      const bytes = await renderDocx(copy.value, {
        comments: true,
        changes: true,
        tableOfContents: false,
      });
      if (!bytes.ok) return this.sentWithout(made.value.master, target, bytes.error.message);
      const stemOf = basename(target, EXTENSION);
      wordPath = await freePath(dirname(target), stemOf, '.docx');
      const written = await writeExport(wordPath, bytes.value, this.deps.writeWord);
      if (!written.ok) return this.sentWithout(made.value.master, target, written.error.message);
    }
    return ok({ file: made.value.master, copyPath: target, wordPath, warning: null });
  }

  private sentWithout(
    file: SentForReview['file'],
    copyPath: string,
    why: string,
  ): Result<SentForReview> {
    return ok({
      file,
      copyPath,
      wordPath: null,
      warning: `The review copy was written, but not the Word file: ${why}`,
    });
  }

  /**
   * Reads returned copies (each checked as a document is on opening) and merges them into the
   * master one after another. A copy that is damaged, from a newer Accord or of another document
   * refuses the whole import and the master is returned untouched. With `dryRun` only the
   * reports are made.
   */
  async importCopies(req: ApiArgs<'review.import'>): Promise<Result<ImportedReviews>> {
    const master = loadAccordValue(req.file, req.file.meta.title || 'This document');
    if (!master.ok) return master;
    const copies = await readCopies(req.paths, (path) => this.deps.policy.check(path));
    if (!copies.ok) return copies;
    const author = (await this.deps.identity()) ?? SOMEONE;
    const imported = importReviewCopies(master.value.file, master.value.doc, copies.value, {
      author,
      now: this.deps.now(),
    });
    if (!imported.ok) return imported;
    const reports = imported.value.reports.map((report, i) => ({
      ...report,
      fileName: copies.value[i]!.name,
    }));
    const changed = imported.value.version !== null;
    return ok({
      file: req.dryRun || !changed ? req.file : imported.value.file,
      changed: changed && !req.dryRun,
      reports,
    });
  }
}
