import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathPolicy } from '../../../../main/services/pathPolicy';
import { tempDir } from './helpers';

async function setup(): Promise<{ library: string; outside: string; policy: PathPolicy }> {
  const root = await tempDir();
  const library = join(root, 'library');
  const outside = join(root, 'outside');
  await mkdir(library);
  await mkdir(outside);
  return { library, outside, policy: new PathPolicy(library) };
}

describe('PathPolicy', () => {
  it('accepts .accord paths in the library folder and its subfolders, normalised', async () => {
    const { library, policy } = await setup();
    expect(await policy.check(join(library, 'Plan.accord'))).toEqual({
      ok: true,
      value: join(library, 'Plan.accord'),
    });
    expect(await policy.check(`${library}/./drafts//Plan.ACCORD`)).toEqual({
      ok: true,
      value: join(library, 'drafts', 'Plan.ACCORD'),
    });
  });

  it('refuses paths outside the library, naming the library folder', async () => {
    const { library, outside, policy } = await setup();
    const result = await policy.check(join(outside, 'Plan.accord'));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-path' } });
    expect(!result.ok && result.error.message).toContain(library);
  });

  it('refuses .. traversal even when it would end inside the library', async () => {
    const { library, policy } = await setup();
    const result = await policy.check(`${library}/sub/../Plan.accord`);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-path' } });
    expect(!result.ok && result.error.message).toContain('..');
  });

  it('refuses other extensions, including lock and temp files', async () => {
    const { library, policy } = await setup();
    for (const name of ['notes.txt', '.~lock.Plan.accord#', '.Plan.accord.ab.accord-tmp', 'Plan']) {
      expect(await policy.check(join(library, name))).toMatchObject({
        ok: false,
        error: { code: 'forbidden-path' },
      });
    }
  });

  it('refuses relative paths and null characters', async () => {
    const { library, policy } = await setup();
    expect((await policy.check('Plan.accord')).ok).toBe(false);
    expect((await policy.check(join(library, 'a\0.accord'))).ok).toBe(false);
  });

  it('refuses a folder link inside the library that leads outside', async () => {
    const { library, outside, policy } = await setup();
    await symlink(outside, join(library, 'escape'));
    const result = await policy.check(join(library, 'escape', 'Plan.accord'));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-path' } });
    expect(!result.ok && result.error.message).toContain('through a link');
  });

  it('refuses a file link inside the library that points outside', async () => {
    const { library, outside, policy } = await setup();
    await writeFile(join(outside, 'Secret.accord'), '{}');
    await symlink(join(outside, 'Secret.accord'), join(library, 'Innocent.accord'));
    expect(await policy.check(join(library, 'Innocent.accord'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden-path' },
    });
  });

  it('accepts exactly the paths allowed through allow()', async () => {
    const { outside, policy } = await setup();
    policy.allow(join(outside, 'Chosen.accord'));
    expect((await policy.check(join(outside, 'Chosen.accord'))).ok).toBe(true);
    expect((await policy.check(join(outside, 'Other.accord'))).ok).toBe(false);
  });
});
