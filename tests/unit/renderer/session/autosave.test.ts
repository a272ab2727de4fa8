import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  DocumentSession,
} from '../../../../renderer/session/documentSession';
import {
  appInfo,
  docTitled,
  FakeHost,
  opened,
  ScriptedPrompts,
  setupSession as setup,
} from './fakes';

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a recovery copy two seconds after the last edit', async () => {
    const { host, type } = setup({ path: '/docs/plan.accord' });
    type('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    type('ab');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(host.callsTo('documents.autosave')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    const calls = host.callsTo('documents.autosave');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.path).toBe('/docs/plan.accord');
    expect(JSON.stringify(calls[0]?.file.doc)).toContain('ab');
  });

  it('still autosaves every ten seconds during continuous typing', async () => {
    const { host, type } = setup();
    for (let t = 0; t < AUTOSAVE_MAX_WAIT_MS + 500; t += 500) {
      type(`text ${t}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(host.callsTo('documents.autosave')).toHaveLength(1);
  });

  it('uses one key per session and never touches the document file', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    type('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    type('b');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    const keys = host.callsTo('documents.autosave').map((c) => c.key);
    expect(keys).toEqual([session.recoveryKey, session.recoveryKey]);
    expect(session.recoveryKey).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(host.callsTo('documents.save')).toHaveLength(0);
  });

  it('does not autosave a clean document, or after a save', async () => {
    const { host, session, type } = setup({ path: '/docs/plan.accord' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS);
    type('a');
    await session.save();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS);
    expect(host.callsTo('documents.autosave')).toHaveLength(0);
  });

  it('shows an autosave failure until the next autosave succeeds', async () => {
    const { host, session, type } = setup();
    host.failures.set('documents.autosave', { code: 'io-error', message: 'Disk full.' });
    type('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(session.state.autosaveError).toBe('Disk full.');
    host.failures.delete('documents.autosave');
    type('b');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(session.state.autosaveError).toBeNull();
  });

  it('makes recovered or restored content recoverable without waiting for an edit', async () => {
    const host = new FakeHost();
    const doc = docTitled('Recovered');
    const session = new DocumentSession(
      { api: host.api, appInfo: appInfo(), prompts: new ScriptedPrompts() },
      opened(doc, { dirty: true }),
      doc,
      'recovered-key',
    );
    expect(session.state.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(host.callsTo('documents.autosave')[0]?.key).toBe('recovered-key');
  });

  it('stops after dispose', async () => {
    const { host, session, type } = setup();
    type('a');
    session.dispose();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_WAIT_MS);
    expect(host.callsTo('documents.autosave')).toHaveLength(0);
  });
});
