import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

// Tells React that updates are wrapped in act(), so effects and state settle before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders into a fresh container in document.body and waits for effects and microtasks. */
export async function render(ui: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(ui);
    await Promise.resolve();
  });
  return {
    container,
    unmount: () =>
      act(() => {
        root.unmount();
        container.remove();
      }),
  };
}

/** Lets pending promises and the effects they cause settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** The accessible name as assistive technology computes it for our markup. */
export function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  return (el.textContent ?? '').trim();
}

/** Elements of a role (implicit for button, select, dialog by attribute) with that exact name. */
export function byRole(root: ParentNode, role: string, name?: string): HTMLElement[] {
  const implicit: Record<string, string> = {
    button: 'button',
    combobox: 'select',
    textbox: 'input',
    navigation: 'nav',
    region: 'section[aria-labelledby], section[aria-label]',
  };
  const selector = [`[role="${role}"]`, implicit[role]].filter(Boolean).join(',');
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).filter(
    (el) => name === undefined || nameOf(el) === name,
  );
}

/** The one element of a role and name; throws when there is none or several. */
export function getByRole(root: ParentNode, role: string, name?: string): HTMLElement {
  const found = byRole(root, role, name);
  if (found.length !== 1)
    throw new Error(`Expected one ${role} named “${name ?? ''}”, found ${found.length}`);
  return found[0] as HTMLElement;
}

/** Clicks inside act(). */
export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
    await Promise.resolve();
  });
}

/** Fires a keydown inside act(). */
export async function press(el: HTMLElement, key: string, mods: KeyboardEventInit = {}) {
  await act(async () => {
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods }),
    );
    await Promise.resolve();
  });
}

/** Sets an input's value the way React notices, inside act(). */
export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
  });
}
