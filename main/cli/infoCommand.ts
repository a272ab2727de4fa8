import { documentCommand } from './documentCommand';
import { documentInfo } from './documentInfo';
import { EXIT } from './io';

/** `accord info FILE`: the document's figures as JSON, for scripts. */
export const infoCommand = documentCommand({
  name: 'info',
  summary: 'print title, symbol, word count and other figures as JSON',
  act(_target, loaded, ctx) {
    ctx.out(JSON.stringify(documentInfo(loaded), null, 2));
    return EXIT.ok;
  },
});
