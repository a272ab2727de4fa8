import { history } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { act, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Person, Thread } from '../../../../shared/document/fileSchema';
import type { EditorChange } from '../../../../renderer/editor/handle';
import { commentsPlugin } from '../../../../renderer/editor/plugins/comments';
import { CommentsPanel } from '../../../../renderer/panels/comments/CommentsPanel';
import type { CommentsEditor } from '../../../../renderer/panels/comments/editorComments';
import { ResolvedHighlights } from '../../../../renderer/panels/comments/ResolvedHighlights';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A real editor with only the comments plugin and history, shaped like the EditorHandle parts the panel uses. */
export class TestEditor implements CommentsEditor {
  readonly view: EditorView;
  private listeners = new Set<(change: EditorChange) => void>();

  constructor(doc: Node) {
    const place = document.createElement('div');
    place.className = 'accord-editor';
    document.body.append(place);
    this.view = new EditorView(place, {
      state: EditorState.create({ doc, plugins: [commentsPlugin(), history()] }),
      dispatchTransaction: (tr) => {
        this.view.updateState(this.view.state.apply(tr));
        for (const listener of this.listeners)
          listener({ docChanged: tr.docChanged, outlineChanged: false });
      },
    });
  }

  subscribe(listener: (change: EditorChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.view.dom.parentElement?.remove();
    this.view.destroy();
  }
}

/** What a rendered panel exposes to a test. */
export interface Rendered {
  container: HTMLElement;
  /** The threads as the chrome holds them after the panel's last change. */
  threads: () => readonly Thread[];
  askedIdentity: () => number;
  unmount: () => void;
}

/**
 * Renders the panel around an editor, holding its threads and styling resolved highlights as
 * the chrome does.
 */
export async function renderPanel(
  editor: TestEditor,
  initial: readonly Thread[],
  identity: Person | null,
  options: { readOnly?: boolean } = {},
): Promise<Rendered> {
  let current = initial;
  let asked = 0;
  function Chrome(): ReactNode {
    const [threads, setThreads] = useState(initial);
    return (
      <>
        <ResolvedHighlights threads={threads} />
        <CommentsPanel
          handle={editor}
          threads={threads}
          identity={identity}
          readOnly={options.readOnly}
          now={() => new Date('2025-03-01T12:00:00.000Z')}
          onAskIdentity={() => asked++}
          onChange={(next) => {
            current = next;
            setThreads(next);
          }}
        />
      </>
    );
  }
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(<Chrome />);
    await Promise.resolve();
  });
  return {
    container,
    threads: () => current,
    askedIdentity: () => asked,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Clicks an element inside act(). */
export async function click(element: Element): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await Promise.resolve();
  });
}

/** Types into a text box the way React hears it. */
export async function typeInto(
  element: HTMLTextAreaElement | HTMLSelectElement,
  text: string,
): Promise<void> {
  await act(async () => {
    const proto =
      element instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLSelectElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, text);
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
    await Promise.resolve();
  });
}

/** Runs anything that changes the editor inside act(). */
export async function inAct(run: () => void): Promise<void> {
  await act(async () => {
    run();
    await Promise.resolve();
  });
}

/** The elements of a role with exactly this accessible name (aria-label or text). */
export function allByRole(
  root: Element,
  role: 'button' | 'textbox' | 'combobox',
  name: string,
): HTMLElement[] {
  const selector = { button: 'button', textbox: 'textarea', combobox: 'select' }[role];
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(
    (el) => (el.getAttribute('aria-label') ?? el.textContent?.trim()) === name,
  );
}

/** The one element of a role with this name; throws when there is none or several. */
export function byRole(
  root: Element,
  role: 'button' | 'textbox' | 'combobox',
  name: string,
): HTMLElement {
  const found = allByRole(root, role, name);
  if (found.length !== 1) throw new Error(`${found.length} ${role}s named "${name}"`);
  return found[0] as HTMLElement;
}

/** The card of a thread. */
export function card(root: Element, threadId: string): HTMLElement {
  const el = Array.from(root.querySelectorAll<HTMLElement>('[data-thread-id]')).find(
    (e) => e.dataset.threadId === threadId,
  );
  if (!el) throw new Error(`no card for ${threadId}`);
  return el;
}

/** Thread ids in the order the panel lists them. */
export function listed(root: Element): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-thread-id]')).map(
    (e) => e.dataset.threadId ?? '',
  );
}

/** The select a visible label names. */
export function selectLabelled(root: Element, label: string): HTMLSelectElement {
  const el = Array.from(root.querySelectorAll('label')).find((l) => l.textContent === label);
  const select = el ? root.querySelector(`[id="${el.htmlFor}"]`) : null;
  if (!(select instanceof HTMLSelectElement)) throw new Error(`no select labelled ${label}`);
  return select;
}
