import type { Choice, Prompts } from './prompts';

/** What a dialog shows, by kind. */
export type DialogSpec =
  | { kind: 'alert'; title: string; message: string }
  | {
      kind: 'choice';
      title: string;
      message: string;
      choices: readonly Choice<string>[];
      cancel: string;
    }
  | { kind: 'text'; title: string; label: string; initial: string; confirmLabel: string }
  | { kind: 'saveAs'; suggested: string; folder: string }
  | { kind: 'open' };

interface Answers {
  alert: null;
  choice: string;
  text: string | null;
  saveAs: string | null;
  open: string | null;
}

type Kind = DialogSpec['kind'];

/** A dialog waiting on screen for the user's answer. */
export type DialogRequest = {
  [K in Kind]: {
    id: number;
    kind: K;
    spec: Extract<DialogSpec, { kind: K }>;
    answer: (value: Answers[K]) => void;
    /** What Escape or the close button does. */
    cancel: () => void;
  };
}[Kind];

/**
 * The dialogs the flows have asked for, shown one at a time in order. Plain TypeScript: React
 * renders `current` and calls `answer` or `cancel`; the flows await the promise.
 */
export class DialogQueue {
  private queue: DialogRequest[] = [];
  private listeners = new Set<() => void>();
  private nextId = 1;

  /** The dialog to show now, or null. */
  get current(): DialogRequest | null {
    return this.queue[0] ?? null;
  }

  /** Calls `listener` whenever `current` changes; returns an unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a dialog; resolves with the user's answer. */
  ask<K extends Kind>(spec: Extract<DialogSpec, { kind: K }>): Promise<Answers[K]> {
    return new Promise<Answers[K]>((resolve) => {
      const id = this.nextId++;
      const settle = (value: Answers[K]) => {
        const at = this.queue.findIndex((r) => r.id === id);
        if (at < 0) return;
        this.queue.splice(at, 1);
        this.emit();
        resolve(value);
      };
      const plain: DialogSpec = spec;
      const cancelValue = (plain.kind === 'choice' ? plain.cancel : null) as Answers[K];
      const request = {
        id,
        kind: spec.kind,
        spec,
        answer: settle,
        cancel: () => settle(cancelValue),
      };
      this.queue.push(request as unknown as DialogRequest);
      this.emit();
    });
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Prompts answered by in-page dialogs through a queue. */
export function dialogPrompts(queue: DialogQueue): Prompts {
  return {
    async alert(title, message) {
      await queue.ask({ kind: 'alert', title, message });
    },
    async choose(title, message, choices, cancel) {
      const value = await queue.ask({ kind: 'choice', title, message, choices, cancel });
      return choices.find((c) => c.value === value)?.value ?? cancel;
    },
    askText: (title, label, initial, confirmLabel) =>
      queue.ask({ kind: 'text', title, label, initial, confirmLabel }),
    askSaveName: (suggested, folder) => queue.ask({ kind: 'saveAs', suggested, folder }),
    askOpenPath: () => queue.ask({ kind: 'open' }),
  };
}
