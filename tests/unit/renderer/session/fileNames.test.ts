import { describe, expect, it } from 'vitest';
import {
  baseName,
  displayName,
  joinPath,
  toFileName,
} from '../../../../renderer/session/fileNames';

describe('toFileName', () => {
  it('appends .accord once', () => {
    expect(toFileName('Action plan')).toBe('Action plan.accord');
    expect(toFileName('Action plan.accord')).toBe('Action plan.accord');
    expect(toFileName('Action plan.ACCORD')).toBe('Action plan.accord');
  });

  it('replaces characters Windows, macOS or Linux refuse and collapses spaces', () => {
    expect(toFileName('A/RES/77/281: "SSE"  plan?')).toBe('A RES 77 281 SSE plan.accord');
    expect(toFileName('tab\there\u0000')).toBe('tab here.accord');
  });

  it('drops leading and trailing dots and spaces', () => {
    expect(toFileName('  ..hidden.  ')).toBe('hidden.accord');
  });

  it('falls back to Untitled when nothing is left', () => {
    expect(toFileName('')).toBe('Untitled.accord');
    expect(toFileName(' ?*/ ')).toBe('Untitled.accord');
  });

  it('avoids names Windows reserves', () => {
    expect(toFileName('CON')).toBe('CON_.accord');
    expect(toFileName('lpt1')).toBe('lpt1_.accord');
    expect(toFileName('Console')).toBe('Console.accord');
  });

  it('shortens very long titles', () => {
    const name = toFileName('word '.repeat(100));
    expect(name.length).toBeLessThanOrEqual(120 + '.accord'.length);
    expect(name.endsWith('.accord')).toBe(true);
  });

  it('keeps letters of every script', () => {
    expect(toFileName('Plan d’action — économie sociale')).toBe(
      'Plan d’action — économie sociale.accord',
    );
  });
});

describe('paths', () => {
  it('takes the last segment with either separator', () => {
    expect(baseName('/home/ana/plan.accord')).toBe('plan.accord');
    expect(baseName('C:\\Users\\ana\\plan.accord')).toBe('plan.accord');
    expect(baseName('plan.accord')).toBe('plan.accord');
  });

  it('joins without doubling the separator', () => {
    expect(joinPath('/home/ana', '/', 'a.accord')).toBe('/home/ana/a.accord');
    expect(joinPath('/home/ana/', '/', 'a.accord')).toBe('/home/ana/a.accord');
    expect(joinPath('C:\\Docs', '\\', 'a.accord')).toBe('C:\\Docs\\a.accord');
  });

  it('names a document by its file, or by its title until saved', () => {
    expect(displayName('/x/plan.accord', 'Title')).toBe('plan.accord');
    expect(displayName(null, ' Title ')).toBe('Title');
    expect(displayName(null, '')).toBe('Untitled');
  });
});
