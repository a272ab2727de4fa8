import { describe, expect, it } from 'vitest';
import { DialogQueue, dialogPrompts } from '../../../../renderer/session/dialogQueue';

describe('DialogQueue', () => {
  it('shows dialogs one at a time, in the order asked', async () => {
    const queue = new DialogQueue();
    const prompts = dialogPrompts(queue);
    const first = prompts.askText('Link', 'Address', '', 'Apply');
    const second = prompts.alert('Oops', 'Something failed.');
    expect(queue.current?.spec).toMatchObject({ kind: 'text', title: 'Link' });
    const request = queue.current;
    if (request?.kind !== 'text') throw new Error('expected the text dialog');
    request.answer('https://un.org');
    expect(await first).toBe('https://un.org');
    expect(queue.current?.spec).toMatchObject({ kind: 'alert', title: 'Oops' });
    queue.current?.cancel();
    await second;
    expect(queue.current).toBeNull();
  });

  it('answers a cancelled choice with its cancel value', async () => {
    const queue = new DialogQueue();
    const answer = dialogPrompts(queue).choose(
      'Save changes?',
      'Unsaved.',
      [
        { value: 'save', label: 'Save' },
        { value: 'cancel', label: 'Cancel' },
      ],
      'cancel',
    );
    queue.current?.cancel();
    expect(await answer).toBe('cancel');
  });

  it('never answers a choice with a value it did not offer', async () => {
    const queue = new DialogQueue();
    const answer = dialogPrompts(queue).choose('Q', 'M', [{ value: 'yes', label: 'Yes' }], 'no');
    const request = queue.current;
    if (request?.kind !== 'choice') throw new Error('expected a choice');
    request.answer('something-else');
    expect(await answer).toBe('no');
  });

  it('answers cancelled text, save-as and open dialogs with null', async () => {
    const queue = new DialogQueue();
    const prompts = dialogPrompts(queue);
    const answers = [prompts.askSaveName('a.accord', '/lib'), prompts.askOpenPath()];
    queue.current?.cancel();
    queue.current?.cancel();
    expect(await Promise.all(answers)).toEqual([null, null]);
  });

  it('tells subscribers when the current dialog changes, and ignores a second answer', async () => {
    const queue = new DialogQueue();
    let changes = 0;
    queue.subscribe(() => changes++);
    const done = dialogPrompts(queue).alert('A', 'B');
    const request = queue.current;
    request?.cancel();
    request?.cancel();
    await done;
    expect(changes).toBe(2);
  });
});
