// The editor as the app mounts it (inside the page's scroller), and cleanup after each test.
import type { Node } from 'prosemirror-model';
import type { EditorHandle } from '../../../../renderer/editor/handle';
import { mountEditor, type MountOptions } from '../../../../renderer/editor/mountEditor';

const undo: (() => void)[] = [];

/** Mounts the real editor on a document, editable unless told, inside a `.page-scroller`. */
export function mountInPage(doc: Node, options: Partial<MountOptions> = {}): EditorHandle {
  const scroller = document.createElement('main');
  scroller.className = 'page-scroller';
  const place = document.createElement('div');
  scroller.append(place);
  document.body.append(scroller);
  const handle = mountEditor(place, { doc, editable: true, ...options });
  undo.push(() => handle.destroy());
  return handle;
}

/** Registers something to undo after the test (unmounting a rendered tree). */
export function afterTest(cleanup: () => void): void {
  undo.push(cleanup);
}

/** Undoes everything this test mounted or rendered, newest first; for afterEach. */
export function unmountAll(): void {
  while (undo.length > 0) undo.pop()?.();
  document.body.innerHTML = '';
}
