import type { Node } from 'prosemirror-model';
import { redo, undo } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import { schema } from '../../../shared/schema';
import type { EditorCommand } from '../handle';
import { focusSelectedFootnote } from '../nodeviews/footnote';
import {
  indent,
  keepId,
  outdent,
  setTextblock,
  textblockActive,
  toggleBlockquote,
  toggleList,
  wrapperActive,
} from './blocks';
import { insertActionRecord, insertFootnote, insertTable } from './insert';
import { linkActive, markActive, removeLinkCommand, toggleMarkCommand } from './marks';

/** A toolbar or menu command: what it does, and when its button shows as pressed. */
export interface CommandSpec {
  run: Command;
  isActive: (state: EditorState) => boolean;
}

const { nodes, marks } = schema;
const never = () => false;

function mark(type: (typeof marks)[keyof typeof marks]): CommandSpec {
  return { run: toggleMarkCommand(type), isActive: (state) => markActive(state, type) };
}

function heading(level: number): CommandSpec {
  return {
    run: setTextblock(nodes.heading, keepId({ level })),
    isActive: (state) => textblockActive(state, nodes.heading, level),
  };
}

// A numbered paragraph keeps its (a)/(i) level; other blocks become top-level paragraphs.
const numberedAttrs = (old: Node) => ({
  ...old.attrs,
  level: old.type === nodes.numbered_paragraph ? (old.attrs.level as number) : 0,
});

const footnote: Command = (state, dispatch, view) => {
  if (!insertFootnote(state, dispatch)) return false;
  if (dispatch && view) focusSelectedFootnote(view);
  return true;
};

/** Every command the chrome can run, by name. */
export const editorCommands: Record<EditorCommand, CommandSpec> = {
  undo: { run: undo, isActive: never },
  redo: { run: redo, isActive: never },
  bold: mark(marks.strong),
  italic: mark(marks.em),
  underline: mark(marks.underline),
  superscript: mark(marks.superscript),
  subscript: mark(marks.subscript),
  heading1: heading(1),
  heading2: heading(2),
  heading3: heading(3),
  heading4: heading(4),
  heading5: heading(5),
  numberedParagraph: {
    run: setTextblock(nodes.numbered_paragraph, numberedAttrs),
    isActive: (state) => textblockActive(state, nodes.numbered_paragraph),
  },
  paragraph: {
    run: setTextblock(nodes.paragraph, keepId()),
    isActive: (state) => textblockActive(state, nodes.paragraph),
  },
  indent: { run: indent, isActive: never },
  outdent: { run: outdent, isActive: never },
  bulletList: {
    run: toggleList(nodes.bullet_list),
    isActive: (state) => wrapperActive(state, nodes.bullet_list),
  },
  orderedList: {
    run: toggleList(nodes.ordered_list),
    isActive: (state) => wrapperActive(state, nodes.ordered_list),
  },
  blockquote: {
    run: toggleBlockquote,
    isActive: (state) => wrapperActive(state, nodes.blockquote),
  },
  insertTable: { run: insertTable, isActive: never },
  insertActionRecord: { run: insertActionRecord, isActive: never },
  insertFootnote: { run: footnote, isActive: never },
  removeLink: { run: removeLinkCommand, isActive: linkActive },
};
