import type { Slice } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { DecorationSet } from 'prosemirror-view';
import type { AnchorRange } from '../../../../shared/comments';
import { threadAtCursor } from './cursor';
import { refreshActive, withActive, withPending } from './decorations';
import { commentClipboardParser, commentIdsIn, fixPastedComments } from './paste';

/** How commands talk to the plugin. */
export type CommentsMeta =
  | { type: 'start'; range: AnchorRange }
  | { type: 'cancel' }
  | { type: 'focus'; id: string | null }
  /** A thread's marks were added, moved or removed: it becomes the focused one. */
  | { type: 'marks'; id: string };

interface CommentsState {
  active: string | null;
  pending: AnchorRange | null;
  decorations: DecorationSet;
}

const commentsKey = new PluginKey<CommentsState>('comments');

/** Attaches a message for the comments plugin to a transaction. */
export function withCommentsMeta(tr: Transaction, meta: CommentsMeta): Transaction {
  return tr.setMeta(commentsKey, meta);
}

/** The thread whose highlight has the cursor or was focused from the panel, or null. */
export function activeThread(state: EditorState): string | null {
  return commentsKey.getState(state)?.active ?? null;
}

/** The text a comment being written will cover (after "New comment"), or null. */
export function pendingComment(state: EditorState): AnchorRange | null {
  return commentsKey.getState(state)?.pending ?? null;
}

function mapPending(range: AnchorRange | null, tr: Transaction): AnchorRange | null {
  if (!range || !tr.docChanged) return range;
  // Like the mark itself, the range does not grow when someone types at its edges.
  const from = tr.mapping.map(range.from, 1);
  const to = tr.mapping.map(range.to, -1);
  return from < to ? { from, to } : null;
}

function apply(tr: Transaction, prev: CommentsState, state: EditorState): CommentsState {
  const meta = tr.getMeta(commentsKey) as CommentsMeta | undefined;
  let pending = mapPending(prev.pending, tr);
  if (meta?.type === 'start') pending = meta.range;
  else if (meta?.type === 'cancel' || meta?.type === 'marks') pending = null;

  let active = prev.active;
  if (meta?.type === 'focus' || meta?.type === 'marks') active = meta.id;
  else if (tr.selectionSet || tr.docChanged) active = threadAtCursor(state, prev.active);

  let decorations = tr.docChanged ? prev.decorations.map(tr.mapping, tr.doc) : prev.decorations;
  if (active !== prev.active || meta?.type === 'marks') {
    decorations = withActive(decorations, tr.doc, active);
  } else if (active !== null && tr.docChanged) {
    decorations = refreshActive(decorations, tr, active);
  }
  if (pending !== prev.pending) decorations = withPending(decorations, tr.doc, pending);
  if (active === prev.active && pending === prev.pending && decorations === prev.decorations) {
    return prev;
  }
  return { active, pending, decorations };
}

/**
 * Comment threads in the editor: tracks the focused thread and the text a new comment will cover,
 * highlights them (incrementally), and keeps comment marks through cut and paste inside the
 * document. The marks themselves live in the document; threads live in the file.
 */
export function commentsPlugin(): Plugin<CommentsState> {
  // Thread ids this editor copied or cut; a paste keeps only those marks (see paste.ts).
  const copied = new Set<string>();
  return new Plugin<CommentsState>({
    key: commentsKey,
    state: {
      init: (_config, state) => ({
        active: null,
        pending: null,
        decorations: DecorationSet.create(state.doc, []),
      }),
      apply: (tr, prev, _old, state) => apply(tr, prev, state),
    },
    appendTransaction: (trs, _old, state) => fixPastedComments(trs, state, copied),
    props: {
      decorations: (state) => commentsKey.getState(state)?.decorations ?? null,
      clipboardParser: commentClipboardParser(),
      transformCopied(slice: Slice) {
        for (const id of commentIdsIn(slice.content)) copied.add(id);
        return slice;
      },
    },
  });
}
