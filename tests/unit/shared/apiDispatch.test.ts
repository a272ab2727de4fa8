import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, type AccordApi } from '../../../shared/api';
import { dispatch, isApiMethod } from '../../../shared/apiDispatch';
import { fail, ok, type Result } from '../../../shared/result';
import { fileValue } from './build';

type Handler = (args: unknown) => Promise<Result<unknown>>;

/** A server whose every method answers 'unsupported', with some methods replaced. */
function handlers(overrides: Record<string, Handler> = {}): AccordApi {
  const all: Record<string, Handler> = {};
  for (const method of API_METHODS) {
    all[method] = () => Promise.resolve(fail('unsupported', `${method} is not served here.`));
  }
  return { ...all, ...overrides } as unknown as AccordApi;
}

async function errorOf(result: Promise<Result<unknown>>) {
  const settled = await result;
  if (settled.ok) throw new Error('expected a failure');
  return settled.error;
}

describe('dispatch', () => {
  it('passes the validated arguments to the handler and returns its result', async () => {
    const open = vi.fn<Handler>(() => Promise.resolve(ok('opened')));
    const result = await dispatch(handlers({ 'documents.open': open }), 'documents.open', {
      path: '/docs/plan.accord',
    });
    expect(result).toEqual(ok('opened'));
    expect(open).toHaveBeenCalledWith({ path: '/docs/plan.accord' });
  });

  it('treats a missing payload as no arguments', async () => {
    const info = vi.fn<Handler>(() => Promise.resolve(ok('info')));
    expect(await dispatch(handlers({ 'app.info': info }), 'app.info', undefined)).toEqual(
      ok('info'),
    );
    expect(info).toHaveBeenCalledWith({});
  });

  it('refuses an unknown method by name, without calling anything', async () => {
    const error = await errorOf(dispatch(handlers(), 'documents.delete', {}));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toBe('Unknown operation “documents.delete”.');
  });

  it('refuses names inherited from Object and names that are not strings', async () => {
    for (const method of ['toString', '__proto__', 'constructor', 42, null, { a: 1 }]) {
      expect(isApiMethod(method)).toBe(false);
      expect((await errorOf(dispatch(handlers(), method, {}))).code).toBe('invalid-argument');
    }
  });

  it('cuts a very long unknown method name short in the message', async () => {
    const error = await errorOf(dispatch(handlers(), 'x'.repeat(10_000), {}));
    expect(error.message.length).toBeLessThan(120);
  });

  it('refuses an invalid payload, saying where the problem is', async () => {
    const error = await errorOf(dispatch(handlers(), 'documents.open', { path: 5 }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/^The request for documents\.open was not valid at path: /);
  });

  it('names nested paths in the message', async () => {
    const identity = { name: 'Ana', initials: 7, organization: 'ILO' };
    const error = await errorOf(dispatch(handlers(), 'settings.setIdentity', { identity }));
    expect(error.message).toContain('at identity.initials');
  });

  it('refuses a save whose file does not fit the format', async () => {
    const file = fileValue((f) => (f.formatVersion = 'one'));
    const error = await errorOf(
      dispatch(handlers(), 'documents.save', { path: '/a.accord', file, expectedStamp: null }),
    );
    expect(error.message).toContain('at file.formatVersion');
  });

  it('refuses extra fields', async () => {
    const open = vi.fn<Handler>();
    const error = await errorOf(
      dispatch(handlers({ 'documents.open': open }), 'documents.open', { path: '/a', mode: 'w' }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('mode');
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses a payload that is not an object', async () => {
    for (const payload of ['path', 42, [], true]) {
      expect((await errorOf(dispatch(handlers(), 'documents.open', payload))).code).toBe(
        'invalid-argument',
      );
    }
  });

  it('turns a handler that throws into an internal error and reports the bug', async () => {
    const bug = new TypeError('cannot read properties of undefined');
    const onBug = vi.fn();
    const broken = handlers({ 'documents.list': () => Promise.reject(bug) });
    const error = await errorOf(dispatch(broken, 'documents.list', {}, onBug));
    expect(error.code).toBe('internal');
    expect(error.message).toContain('documents.list');
    expect(error.message).toContain('Your document has not been changed');
    expect(error.message).not.toContain('cannot read');
    expect(onBug).toHaveBeenCalledWith(bug);
  });

  it('catches a handler that throws before returning a promise', async () => {
    const onBug = vi.fn();
    const broken = handlers({
      'app.info': () => {
        throw new RangeError('sync bug');
      },
    });
    expect((await errorOf(dispatch(broken, 'app.info', {}, onBug))).code).toBe('internal');
    expect(onBug).toHaveBeenCalledOnce();
  });

  it('serves a handler’s own failure unchanged, without reporting a bug', async () => {
    const onBug = vi.fn();
    const result = await dispatch(handlers(), 'documents.recoveries', {}, onBug);
    expect(result).toEqual(fail('unsupported', 'documents.recoveries is not served here.'));
    expect(onBug).not.toHaveBeenCalled();
  });
});
