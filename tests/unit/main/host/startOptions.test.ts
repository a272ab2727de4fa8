import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStartArgs, type StartEnvironment } from '../../../../main/host/startOptions';

const where: StartEnvironment = {
  env: {},
  home: '/home/ana',
  cwd: '/work/here',
  moduleDir: '/opt/accord/dist/main',
};

function parsed(argv: string[], env: StartEnvironment = where) {
  const result = parseStartArgs(argv, env);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the browser host’s options', () => {
  it('defaults to a random port and token, the user’s folders and the built renderer', () => {
    expect(parsed([])).toEqual({
      port: 0,
      token: null,
      libraryDir: join('/home/ana', 'Documents', 'Accord'),
      dataDir: join('/home/ana', '.config', 'accord-browser'),
      staticDir: resolve('/opt/accord/dist/renderer'),
      resourcesDir: resolve('/opt/accord/resources'),
      printJson: false,
      help: false,
    });
  });

  it('takes the library and data folders from the environment when set', () => {
    const options = parsed([], {
      ...where,
      env: { ACCORD_LIBRARY: 'lib', ACCORD_DATA: '/var/accord', ACCORD_RESOURCES: '/x' },
    });
    expect(options.libraryDir).toBe(resolve('/work/here/lib'));
    expect(options.dataDir).toBe(resolve('/var/accord'));
  });

  it('prefers arguments to the environment and resolves them against the working folder', () => {
    const options = parsed(
      [
        '--port',
        '8123',
        '--library=docs',
        '--data',
        '/d',
        '--token',
        'abcdefghijklmnop',
        '--static',
        'web',
        '--print-json',
      ],
      { ...where, env: { ACCORD_LIBRARY: '/ignored' } },
    );
    expect(options).toMatchObject({
      port: 8123,
      libraryDir: resolve('/work/here/docs'),
      dataDir: resolve('/d'),
      token: 'abcdefghijklmnop',
      staticDir: resolve('/work/here/web'),
      printJson: true,
    });
  });

  it('reports --help', () => {
    expect(parsed(['--help']).help).toBe(true);
  });

  it('refuses a port that is not a whole number from 0 to 65535', () => {
    for (const port of ['-1', '65536', '80.5', 'http', '']) {
      const result = parseStartArgs([`--port=${port}`], where);
      expect(result.ok, port).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/--port must be a whole number/);
    }
  });

  it('refuses a token unsafe for a header or too short to be secret', () => {
    for (const token of ['short', 'with spaces in it, long enough']) {
      const result = parseStartArgs(['--token', token], where);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-argument');
    }
  });

  it('refuses unknown options, stray words and options without their value', () => {
    for (const argv of [['--verbose'], ['serve'], ['--port']]) {
      const result = parseStartArgs(argv, where);
      expect(result.ok, argv.join(' ')).toBe(false);
    }
  });
});
