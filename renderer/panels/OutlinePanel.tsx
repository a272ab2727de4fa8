import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { OutlineEntry } from '../editor/handle';
import { formatWords } from '../components/format';
import { useStore } from '../components/useStore';
import type { EditorBridge } from '../session/editorBridge';

/** Props of {@link OutlinePanel}. */
export interface OutlinePanelProps {
  bridge: EditorBridge;
  readOnly: boolean;
  /** Open comment threads per section, by heading id (the comments feature). */
  openComments?: ReadonlyMap<string, number>;
}

const DRAG_TYPE = 'application/x-accord-section';

/**
 * The numbered heading tree. Click or Enter jumps to a heading; the selected section moves up or
 * down with the header buttons or Alt+Shift+Arrow; entries can be dragged before one another.
 */
export function OutlinePanel({ bridge, readOnly, openComments }: OutlinePanelProps) {
  const { outline, counts } = useStore(bridge, (b) => b.snapshot);
  const [selected, setSelected] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null | undefined>(undefined);
  const listRef = useRef<HTMLOListElement>(null);
  const refocus = useRef<string | null>(null);

  // Reordering moves DOM nodes, which drops focus; give it back to the moved entry.
  useEffect(() => {
    const id = refocus.current;
    if (id === null) return;
    refocus.current = null;
    entryButton(listRef.current, id)?.focus();
  }, [outline]);

  const selectedEntry = outline.find((e) => e.id === selected) ?? null;
  const index = selectedEntry ? outline.indexOf(selectedEntry) : -1;

  const move = (id: string, direction: 'up' | 'down', keepFocus: boolean) => {
    const handle = bridge.handle;
    if (!handle || readOnly) return;
    if (handle.moveSection(id, direction)) {
      if (keepFocus) refocus.current = id;
      bridge.refreshNow();
    }
  };

  const onEntryKey = (event: KeyboardEvent<HTMLButtonElement>, entry: OutlineEntry, at: number) => {
    const up = event.key === 'ArrowUp';
    if (!up && event.key !== 'ArrowDown') return;
    event.preventDefault();
    if (event.altKey && event.shiftKey) {
      move(entry.id, up ? 'up' : 'down', true);
      return;
    }
    const next = outline[up ? at - 1 : at + 1];
    if (next) entryButton(listRef.current, next.id)?.focus();
  };

  const endDrag = () => {
    setDragging(null);
    setDropTarget(undefined);
  };
  const onDragOver = (event: DragEvent, target: string | null) => {
    if (dragging === null) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    setDropTarget(target);
  };
  const onDrop = (event: DragEvent, target: string | null) => {
    event.preventDefault();
    const id = dragging;
    endDrag();
    const handle = bridge.handle;
    if (id === null || !handle || id === target) return;
    if (handle.moveSectionBefore(id, target)) bridge.refreshNow();
  };

  return (
    <nav className="side-panel outline" aria-label="Outline">
      <div className="side-panel-header outline-header">
        <h2 className="panel-title">Outline</h2>
        <button
          type="button"
          className="tool"
          aria-label="Move section up"
          title="Move section up"
          aria-keyshortcuts="Alt+Shift+ArrowUp"
          disabled={readOnly || index <= 0}
          onClick={() => selectedEntry && move(selectedEntry.id, 'up', false)}
        >
          ▲
        </button>
        <button
          type="button"
          className="tool"
          aria-label="Move section down"
          title="Move section down"
          aria-keyshortcuts="Alt+Shift+ArrowDown"
          disabled={readOnly || index < 0 || index >= outline.length - 1}
          onClick={() => selectedEntry && move(selectedEntry.id, 'down', false)}
        >
          ▼
        </button>
      </div>
      {outline.length === 0 ? (
        <p className="outline-empty">Headings appear here. Choose a Chapter or Section style.</p>
      ) : (
        <ol ref={listRef} className="outline-list">
          {outline.map((entry, at) => (
            <li
              key={entry.id}
              className={[
                'outline-item',
                `outline-level-${entry.level}`,
                dropTarget === entry.id ? 'drop-before' : '',
                dragging === entry.id ? 'dragging' : '',
                selected === entry.id ? 'selected' : '',
              ].join(' ')}
              draggable={!readOnly}
              onDragStart={(event) => {
                event.dataTransfer?.setData(DRAG_TYPE, entry.id);
                event.dataTransfer?.setData('text/plain', `${entry.label} ${entry.title}`);
                if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
                setDragging(entry.id);
              }}
              onDragEnd={endDrag}
              onDragOver={(event) => onDragOver(event, entry.id)}
              onDrop={(event) => onDrop(event, entry.id)}
            >
              <button
                type="button"
                className="outline-entry"
                data-outline-id={entry.id}
                aria-current={
                  counts.sectionLabel !== null && counts.sectionLabel === entry.label
                    ? 'location'
                    : undefined
                }
                onFocus={() => setSelected(entry.id)}
                onClick={() => {
                  setSelected(entry.id);
                  bridge.handle?.jumpTo(entry.id);
                }}
                onKeyDown={(event) => onEntryKey(event, entry, at)}
              >
                <span className="outline-label">{entry.label}</span>
                <span className="outline-text">{entry.title || 'Untitled heading'}</span>
                <span className="outline-words">{formatWords(entry.words)}</span>
                <OpenComments count={openComments?.get(entry.id) ?? 0} />
              </button>
            </li>
          ))}
          <li
            className={dropTarget === null ? 'outline-end drop-before' : 'outline-end'}
            aria-hidden="true"
            onDragOver={(event) => onDragOver(event, null)}
            onDrop={(event) => onDrop(event, null)}
          />
        </ol>
      )}
    </nav>
  );
}

function OpenComments({ count }: { count: number }) {
  if (count === 0) return null;
  const label = `${count} open comment${count === 1 ? '' : 's'}`;
  return (
    <span className="outline-comments" title={label}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">, {label}</span>
    </span>
  );
}

function entryButton(list: HTMLElement | null, id: string): HTMLElement | undefined {
  if (!list) return undefined;
  return Array.from(list.querySelectorAll<HTMLElement>('[data-outline-id]')).find(
    (el) => el.dataset.outlineId === id,
  );
}
