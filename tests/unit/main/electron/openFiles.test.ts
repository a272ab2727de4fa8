import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accordPathsIn,
  createOpenFileRelay,
  type OpenFileTarget,
} from '../../../../main/openFiles';

describe('documents named on the command line', () => {
  it('are the .accord arguments after the executable, made absolute', () => {
    expect(
      accordPathsIn(['/opt/Accord/accord', '/home/u/plan.accord', 'notes/Draft.ACCORD'], '/home/u'),
    ).toEqual(['/home/u/plan.accord', resolve('/home/u', 'notes/Draft.ACCORD')]);
  });

  it('skip switches, the app folder in development and other files', () => {
    expect(
      accordPathsIn(
        [
          'electron',
          '.',
          '--allow-file-access-from-files',
          '--x=a.accord',
          'report.docx',
          '.accord',
          'a.accord',
        ],
        '/w',
      ),
    ).toEqual(['/w/a.accord']);
  });

  it('never take the executable itself', () => {
    expect(accordPathsIn(['/tmp/evil.accord'], '/w')).toEqual([]);
  });
});

function target() {
  const log: string[] = [];
  const value: OpenFileTarget = {
    allowPath: (path) => log.push(`allow ${path}`),
    send: (path) => log.push(`send ${path}`),
    focus: () => log.push('focus'),
  };
  return { log, value };
}

describe('the open-file relay', () => {
  it('keeps files opened before the window is ready, then allows and sends them in order', () => {
    const relay = createOpenFileRelay();
    relay.open('/a.accord');
    relay.open('/b.accord');
    expect(relay.pending).toBe(2);
    const { log, value } = target();
    relay.attach(value);
    expect(log).toEqual([
      'allow /a.accord',
      'send /a.accord',
      'allow /b.accord',
      'send /b.accord',
      'focus',
    ]);
    expect(relay.pending).toBe(0);
  });

  it('allows a path before sending it, so the renderer can open it at once', () => {
    const relay = createOpenFileRelay();
    const { log, value } = target();
    relay.attach(value);
    relay.open('/c.accord');
    expect(log).toEqual(['allow /c.accord', 'send /c.accord', 'focus']);
  });

  it('queues again once the window is gone, for the next window', () => {
    const relay = createOpenFileRelay();
    const first = target();
    relay.attach(first.value);
    relay.detach();
    relay.open('/d.accord');
    expect(first.log).toEqual([]);
    const second = target();
    relay.attach(second.value);
    expect(second.log).toEqual(['allow /d.accord', 'send /d.accord', 'focus']);
  });

  it('does not steal focus when nothing was waiting', () => {
    const relay = createOpenFileRelay();
    const { log, value } = target();
    relay.attach(value);
    expect(log).toEqual([]);
  });
});
