import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../../../../main/services/templates';
import { loadAccordValue } from '../../../../shared/document/load';
import { sampleFile, tempDir } from './helpers';

const when = new Date('2026-04-05T06:07:08Z');

async function resourcesWithTemplate(): Promise<string> {
  const resources = await tempDir();
  await mkdir(join(resources, 'templates'));
  await writeFile(
    join(resources, 'templates', 'untfsse-action-plan.accord'),
    JSON.stringify(sampleFile('UNTFSSE Action Plan', ['Introduction.'])),
  );
  return resources;
}

describe('createFromTemplate', () => {
  it('makes a blank document that loads, with the given times', async () => {
    const created = await createFromTemplate('blank', '/nonexistent', when);
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.meta.created).toBe(when.toISOString());
    expect(loadAccordValue(created.value, 'blank').ok).toBe(true);
  });

  it('copies the action-plan template with a fresh document id and times', async () => {
    const resources = await resourcesWithTemplate();
    const a = await createFromTemplate('untfsse-action-plan', resources, when);
    const b = await createFromTemplate('untfsse-action-plan', resources, when);
    if (!a.ok || !b.ok) throw new Error('template did not load');
    expect(a.value.meta.title).toBe('UNTFSSE Action Plan');
    expect(a.value.meta).toMatchObject({
      created: when.toISOString(),
      modified: when.toISOString(),
    });
    expect(a.value.documentId).not.toBe(sampleFile('x').documentId);
    expect(a.value.documentId).not.toBe(b.value.documentId);
  });

  it('says the template is missing and how to fix it', async () => {
    const created = await createFromTemplate('untfsse-action-plan', await tempDir(), when);
    expect(created).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!created.ok && created.error.message).toContain('Reinstalling Accord');
  });

  const shipped = resolve('resources');
  it.skipIf(!existsSync(join(shipped, 'templates', 'untfsse-action-plan.accord')))(
    'loads the template that ships in resources/templates',
    async () => {
      const created = await createFromTemplate('untfsse-action-plan', shipped, when);
      expect(created.ok && loadAccordValue(created.value, 'shipped').ok).toBe(true);
    },
  );
});
