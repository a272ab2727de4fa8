import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { undoInputRule } from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { goToNextCell, isInTable } from 'prosemirror-tables';
import { schema } from '../../shared/schema';
import type { EditorCommand } from './handle';
import { changeParagraphLevel } from './commands/blocks';
import { enter } from './commands/enter';
import { editorCommands } from './commands/registry';
import { moveSectionAtCursor } from './commands/sections';
import { commentBindings } from './plugins/comments';
import { trackChangesBindings } from './plugins/trackChanges';

const { nodes } = schema;
const run = (name: EditorCommand): Command => editorCommands[name].run;

// Tab never leaves the editor from body text: at the deepest level it simply does nothing.
const inNumberedParagraph: Command = (state) =>
  state.selection.$from.parent.type === nodes.numbered_paragraph;

const inTable: Command = (state) => isInTable(state);

/** Word's shortcuts, by ProseMirror key name. */
export function editorBindings(): Record<string, Command> {
  const bindings: Record<string, Command> = {
    'Mod-b': run('bold'),
    'Mod-i': run('italic'),
    'Mod-u': run('underline'),
    'Mod-=': run('subscript'),
    'Mod-Shift-=': run('superscript'),
    'Mod-Shift-+': run('superscript'),
    'Mod-+': run('superscript'),
    'Mod-z': undo,
    'Mod-y': redo,
    'Mod-Shift-z': redo,
    'Mod-Alt-0': run('numberedParagraph'),
    'Mod-Shift-n': run('numberedParagraph'),
    'Mod-Shift-l': run('bulletList'),
    'Mod-Alt-f': run('insertFootnote'),
    Enter: enter,
    Backspace: undoInputRule,
    Tab: chainCommands(
      changeParagraphLevel(1),
      sinkListItem(nodes.list_item),
      goToNextCell(1),
      inTable,
      inNumberedParagraph,
    ),
    'Shift-Tab': chainCommands(
      changeParagraphLevel(-1),
      liftListItem(nodes.list_item),
      goToNextCell(-1),
      inTable,
      inNumberedParagraph,
    ),
    'Alt-Shift-ArrowUp': moveSectionAtCursor('up'),
    'Alt-Shift-ArrowDown': moveSectionAtCursor('down'),
    ...commentBindings(),
    ...trackChangesBindings(),
  };
  for (const level of [1, 2, 3, 4, 5] as const)
    bindings[`Mod-Alt-${level}`] = run(`heading${level}`);
  return bindings;
}

/**
 * The editor's keymaps: Word's shortcuts first, then ProseMirror's base keymap without the
 * bindings replaced here (Enter) or deliberately left unbound (Mod-Enter).
 */
export function editorKeymaps(): Plugin[] {
  const base: Record<string, Command> = { ...baseKeymap };
  delete base.Enter;
  delete base['Mod-Enter'];
  return [keymap(editorBindings()), keymap(base)];
}
