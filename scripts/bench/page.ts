// The bench page: opens the generated plan in Accord's editor and in a bare ProseMirror view, and
// measures keystroke latency (keydown to the frame after it) for each, in the same browser run.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { TextSelection } from 'prosemirror-state';
import { loadAccordText } from '../../shared/document/load';
import { mountEditor } from '../../renderer/editor/mountEditor';
import type { EditorHandle } from '../../renderer/editor/handle';
import '../../renderer/editor/editor.css';
import { installCommentsBench } from './commentsPage';
import { installTrackChangesBench } from './trackChangesPage';
import { afterPaint } from './paint';

type Kind = 'accord' | 'bare';

interface BenchApi {
  open(kind: Kind, url: string): Promise<number>;
  placeCursor(fraction: number): void;
  startRecording(): void;
  stopRecording(): number[];
  close(): void;
}

let view: EditorView | null = null;
let handle: EditorHandle | null = null;
let samples: number[] = [];
let listener: ((e: KeyboardEvent) => void) | null = null;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

const place = document.getElementById('editor') as HTMLElement;

const bench: BenchApi = {
  async open(kind, url) {
    bench.close();
    const started = performance.now();
    const text = await (await fetch(url)).text();
    const loaded = loadAccordText(text, 'bench.accord');
    if (!loaded.ok) throw new Error(loaded.error.message);
    if (kind === 'accord') {
      handle = mountEditor(place, { doc: loaded.value.doc, editable: true });
      view = handle.view;
    } else {
      place.classList.add('accord-editor');
      view = new EditorView(place, { state: EditorState.create({ doc: loaded.value.doc }) });
    }
    await nextFrame();
    return (await afterPaint()) - started;
  },
  placeCursor(fraction) {
    if (!view) throw new Error('No editor open');
    const doc = view.state.doc;
    let target = 1;
    let index = 0;
    const wanted = Math.floor(doc.childCount * fraction);
    doc.forEach((child, offset) => {
      if (index++ === wanted || (index > wanted && target === 1 && child.isTextblock))
        target = offset + 1 + child.content.size;
    });
    view.dispatch(
      view.state.tr
        .setSelection(TextSelection.near(view.state.doc.resolve(target)))
        .scrollIntoView(),
    );
    view.focus();
  },
  startRecording() {
    samples = [];
    listener = (event: KeyboardEvent) => {
      const start = event.timeStamp;
      void afterPaint().then((end) => samples.push(end - start));
    };
    view?.dom.addEventListener('keydown', listener, true);
  },
  stopRecording() {
    if (listener) view?.dom.removeEventListener('keydown', listener, true);
    listener = null;
    return samples;
  },
  close() {
    handle?.destroy();
    if (!handle) view?.destroy();
    handle = null;
    view = null;
    place.innerHTML = '';
  },
};

(window as unknown as { bench: BenchApi }).bench = bench;
installCommentsBench(() => handle);
installTrackChangesBench(() => handle);
