import type { ChangeEvent, MouseEvent, ReactNode } from 'react';
import type { EditorCommand } from '../editor/handle';
import type { EditorBridge } from '../session/editorBridge';
import { CommentsToggle, type CommentActions } from './CommentsToggle';
import { TrackChangesTools, type ReviewActions } from './TrackChangesTools';
import { useStore } from './useStore';

/** The paragraph styles of the "Style" select, in menu order. */
export const STYLES: readonly { command: EditorCommand; label: string }[] = [
  { command: 'numberedParagraph', label: 'Numbered paragraph' },
  { command: 'heading1', label: 'Chapter (I.)' },
  { command: 'heading2', label: 'Section (A.)' },
  { command: 'heading3', label: 'Subsection (1.)' },
  { command: 'heading4', label: '(a) heading' },
  { command: 'heading5', label: '(i) heading' },
  { command: 'paragraph', label: 'Plain paragraph' },
];

/** The file actions the toolbar offers; the app runs them. */
export interface FileActions {
  save: () => void;
  saveAs: () => void;
  open: () => void;
  newFromTemplate: () => void;
  close: () => void;
  backups: () => void;
  settings: () => void;
  link: () => void;
  /** Opens the Export to Word dialog; no button without it. */
  exportDocx?: () => void;
  /** True while an export runs: the Export to Word button shows busy. */
  exporting?: boolean;
  /** Opens "Send for review"; no button without it (a review copy is not sent on). */
  sendForReview?: () => void;
  /** Opens "Import review"; no button without it. */
  importReview?: () => void;
}

/** The versions buttons: "Save version" and the "Versions" panel toggle. */
export interface VersionActions {
  save: () => void;
  toggle: () => void;
  /** Whether the Versions panel is open. */
  open: boolean;
}

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  bridge: EditorBridge;
  actions: FileActions;
  readOnly: boolean;
  saving: boolean;
  hasPath: boolean;
  /** Id of the element that says why the document is read-only. */
  readOnlyReasonId?: string;
  /** The versions buttons, when the screen offers versions. */
  versions?: VersionActions;
  /** The comment buttons, when the screen offers comments. */
  comments?: CommentActions;
  /** The Track changes switch and the Changes panel toggle, when the screen offers them. */
  review?: ReviewActions;
}

interface ButtonSpec {
  command: EditorCommand;
  label: string;
  glyph: ReactNode;
  keys?: string;
  toggle?: boolean;
}

const HISTORY: ButtonSpec[] = [
  { command: 'undo', label: 'Undo', glyph: '↶', keys: 'Control+Z' },
  { command: 'redo', label: 'Redo', glyph: '↷', keys: 'Control+Y' },
];
const MARKS: ButtonSpec[] = [
  { command: 'bold', label: 'Bold', glyph: <b>B</b>, keys: 'Control+B', toggle: true },
  { command: 'italic', label: 'Italic', glyph: <i>I</i>, keys: 'Control+I', toggle: true },
  { command: 'underline', label: 'Underline', glyph: <u>U</u>, keys: 'Control+U', toggle: true },
  { command: 'superscript', label: 'Superscript', glyph: <>x²</>, toggle: true },
  { command: 'subscript', label: 'Subscript', glyph: <>x₂</>, toggle: true },
];
const LEVELS: ButtonSpec[] = [
  { command: 'outdent', label: 'Decrease level', glyph: '⇤', keys: 'Shift+Tab' },
  { command: 'indent', label: 'Increase level', glyph: '⇥', keys: 'Tab' },
];
const BLOCKS: ButtonSpec[] = [
  { command: 'bulletList', label: 'Bullet list', glyph: '•≡', toggle: true },
  { command: 'orderedList', label: 'Numbered list', glyph: '1≡', toggle: true },
  { command: 'blockquote', label: 'Quote', glyph: '❝', toggle: true },
];
const INSERTS: ButtonSpec[] = [
  { command: 'insertTable', label: 'Insert table', glyph: '▦' },
  { command: 'insertActionRecord', label: 'Insert action record', glyph: '✚' },
  { command: 'insertFootnote', label: 'Insert footnote', glyph: '¹' },
];

// Keeps the editor's selection when a toolbar button is clicked.
const keepSelection = (event: MouseEvent) => event.preventDefault();

/** The editing toolbar: file actions, history, marks, paragraph style, levels, lists, inserts. */
export function Toolbar({
  bridge,
  actions,
  readOnly,
  saving,
  hasPath,
  readOnlyReasonId,
  versions,
  comments,
  review,
}: ToolbarProps) {
  const { active, enabled } = useStore(bridge, (b) => b.snapshot);

  const run = (command: EditorCommand) => {
    const handle = bridge.handle;
    if (!handle) return;
    handle.run(command);
    bridge.refreshNow();
    handle.focus();
  };

  const commandButton = (spec: ButtonSpec) => (
    <button
      key={spec.command}
      type="button"
      className="tool"
      aria-label={spec.label}
      title={spec.label}
      aria-keyshortcuts={spec.keys}
      aria-pressed={spec.toggle ? active.has(spec.command) : undefined}
      disabled={readOnly || !enabled.has(spec.command)}
      onMouseDown={keepSelection}
      onClick={() => run(spec.command)}
    >
      {spec.glyph}
    </button>
  );

  const style = STYLES.find((s) => active.has(s.command))?.command ?? '';
  const onStyle = (event: ChangeEvent<HTMLSelectElement>) => {
    const chosen = STYLES.find((s) => s.command === event.target.value);
    if (chosen) run(chosen.command);
  };
  const canStyle = !readOnly && STYLES.some((s) => enabled.has(s.command) || active.has(s.command));

  const fileButton = (label: string, onClick: () => void, disabled = false, extra = {}) => (
    <button
      type="button"
      className="tool tool-text"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      {...extra}
    >
      {label}
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="Editing">
      <div className="tool-group" role="group" aria-label="File">
        {fileButton('Open', actions.open)}
        {fileButton('New from template', actions.newFromTemplate)}
        {fileButton('Save', actions.save, readOnly || saving, {
          'aria-keyshortcuts': 'Control+S',
          'aria-describedby': readOnly ? readOnlyReasonId : undefined,
        })}
        {fileButton('Save as', actions.saveAs, saving)}
        {fileButton('Backups', actions.backups, !hasPath)}
        {actions.exportDocx &&
          fileButton('Export to Word', actions.exportDocx, actions.exporting, {
            'aria-busy': actions.exporting ?? false,
          })}
        {fileButton('Close', actions.close)}
      </div>
      <div className="tool-group" role="group" aria-label="History">
        {HISTORY.map(commandButton)}
      </div>
      <div className="tool-group" role="group" aria-label="Paragraph">
        <select
          className="style-select"
          aria-label="Style"
          title="Style"
          value={style}
          disabled={!canStyle}
          onChange={onStyle}
        >
          <option value="" disabled>
            —
          </option>
          {STYLES.map((s) => (
            <option
              key={s.command}
              value={s.command}
              disabled={!enabled.has(s.command) && !active.has(s.command)}
            >
              {s.label}
            </option>
          ))}
        </select>
        {LEVELS.map(commandButton)}
        {BLOCKS.map(commandButton)}
      </div>
      <div className="tool-group" role="group" aria-label="Text">
        {MARKS.map(commandButton)}
        <button
          type="button"
          className="tool tool-text"
          aria-label="Link"
          title="Link"
          disabled={readOnly}
          onMouseDown={keepSelection}
          onClick={actions.link}
        >
          Link
        </button>
      </div>
      <div className="tool-group" role="group" aria-label="Insert">
        {INSERTS.map(commandButton)}
      </div>
      {comments && <CommentsToggle {...comments} />}
      {review && <TrackChangesTools {...review} />}
      {(actions.sendForReview ?? actions.importReview) && (
        <div className="tool-group" role="group" aria-label="Review copies">
          {actions.sendForReview && fileButton('Send for review', actions.sendForReview, readOnly)}
          {actions.importReview && fileButton('Import review', actions.importReview, readOnly)}
        </div>
      )}
      {versions && (
        <div className="tool-group" role="group" aria-label="Versions">
          {fileButton('Save version', versions.save, readOnly)}
          {fileButton('Versions', versions.toggle, false, { 'aria-pressed': versions.open })}
        </div>
      )}
      <div className="tool-group tool-group-end">
        <button
          type="button"
          className="tool"
          aria-label="Settings"
          title="Settings"
          onClick={actions.settings}
        >
          ⚙
        </button>
      </div>
    </div>
  );
}
