import { lstat } from 'node:fs/promises';
import { TEMPLATES, type TemplateName } from '../../shared/api';
import { serializeAccordFile } from '../../shared/document/load';
import { writeFileAtomic } from '../services/atomicWrite';
import { createFromTemplate } from '../services/templates';
import { readArgs, type CliCommand } from './command';
import { EXIT } from './io';
import { resourcesDirFor } from './resources';
import { usageError } from './usage';

function isTemplate(name: string): name is TemplateName {
  return (TEMPLATES as readonly string[]).includes(name);
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** `accord new --template NAME FILE`: writes a new document, never over an existing file. */
export const newCommand: CliCommand = {
  name: 'new',
  synopsis: `--template <${TEMPLATES.join('|')}> FILE`,
  summary: 'create a document from a template (blank if --template is left out)',
  async run(args, ctx) {
    const parsed = readArgs(args, {
      options: { template: { type: 'string' } },
      allowPositionals: true,
    });
    if (!parsed.ok) return usageError(ctx, newCommand, parsed.error.message);
    const { values, positionals } = parsed.value;
    const template = values.template ?? 'blank';
    if (!isTemplate(template)) {
      return usageError(
        ctx,
        newCommand,
        `Unknown template “${template}”; choose ${TEMPLATES.join(' or ')}.`,
      );
    }
    const [target, ...extra] = positionals;
    if (target === undefined || extra.length > 0) {
      return usageError(ctx, newCommand, 'Give exactly one FILE to create.');
    }
    const path = ctx.resolvePath(target);
    if (await exists(path)) {
      ctx.err(`${target} already exists; Accord will not overwrite it. Choose another name.`);
      return EXIT.document;
    }
    const created = await createFromTemplate(template, resourcesDirFor(ctx.env, __dirname));
    if (!created.ok) {
      ctx.err(created.error.message);
      return EXIT.document;
    }
    try {
      await writeFileAtomic(path, serializeAccordFile(created.value));
    } catch (error) {
      ctx.err(`${target} could not be written: ${(error as Error).message}`);
      return EXIT.document;
    }
    ctx.out(`Created ${target} from the ${template} template.`);
    return EXIT.ok;
  },
};
