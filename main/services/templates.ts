import { join } from 'node:path';
import type { TemplateName } from '../../shared/api';
import { blankDocument, newAccordFile } from '../../shared/document/create';
import type { AccordFile } from '../../shared/document/fileSchema';
import { APP_VERSION } from '../../shared/document/format';
import { newId } from '../../shared/document/ids';
import { fail, ok, type Result } from '../../shared/result';
import { readDocumentFile } from './documentFiles';

/** Where a shipped template lives inside the resources folder. */
export function templatePath(name: Exclude<TemplateName, 'blank'>, resourcesDir: string): string {
  return join(resourcesDir, 'templates', `${name}.accord`);
}

/**
 * A new, unsaved document from a template: 'blank' is built in code, the others are .accord
 * files shipped in resources/templates. Each copy gets its own document id and times.
 */
export async function createFromTemplate(
  name: TemplateName,
  resourcesDir: string,
  now: Date = new Date(),
): Promise<Result<AccordFile>> {
  if (name === 'blank') return ok(newAccordFile(blankDocument(), now));
  const read = await readDocumentFile(templatePath(name, resourcesDir));
  if (!read.ok) {
    return fail(
      read.error.code === 'not-found' ? 'not-found' : 'internal',
      `The “${name}” template that ships with Accord could not be read. ${read.error.message} Reinstalling Accord should fix this.`,
    );
  }
  const time = now.toISOString();
  const template = read.value.loaded.file;
  return ok({
    ...template,
    documentId: newId(),
    meta: { ...template.meta, created: time, modified: time, appVersion: APP_VERSION },
    // A template is never a review copy, even if one was saved over it by mistake.
    review: null,
  });
}
