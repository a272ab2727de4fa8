import { wordsIn } from '../../shared/document/wordCount';
import { documentCommand } from './documentCommand';
import { EXIT } from './io';

/** `accord validate FILE`: every check the app makes when opening; the file is never changed. */
export const validateCommand = documentCommand({
  name: 'validate',
  summary: 'check that a file opens as an Accord document',
  act(target, { doc, notes }, ctx) {
    ctx.out(`${target}: valid Accord document (${wordsIn(doc)} words)`);
    for (const note of notes) ctx.out(`  ${note}`);
    return EXIT.ok;
  },
});
