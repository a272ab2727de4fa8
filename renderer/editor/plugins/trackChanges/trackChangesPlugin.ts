import { Plugin } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import type { Person } from '../../../../shared/document/fileSchema';
import type { Suggestor } from './context';
import { changeMarkViews, initialDecorations, updateDecorations } from './decorations';
import { deleteCharAsSuggestion } from './deleteKeys';
import {
  isTrackingChanges,
  isUntracked,
  trackKey,
  untracked,
  type TrackMeta,
  type TrackState,
} from './key';

import { replayAsSuggestions } from './replay';
import { clearSplitCopies } from './splitCopies';

/** Options of {@link trackChangesPlugin}. */
export interface TrackChangesOptions {
  /** Who is editing (from settings); null until the user has said who they are. */
  getAuthor(): Person | null;
  /** The clock, for tests. */
  now?: () => Date;
  /** Whether suggestion mode starts on (a document reopened in it). */
  initiallyOn?: boolean;
  /** Whether it starts locked on (a review copy): on, and refusing to be turned off. */
  locked?: boolean;
}

/** The author changes are signed with when settings hold no identity yet. */
export const UNKNOWN_AUTHOR = 'Unknown author';

/**
 * Suggestion mode (track changes). While on, every user edit is rebuilt as a suggestion in an
 * appended transaction, so undo takes back both at once: typed text is marked inserted,
 * deleted text and blocks are kept and marked deleted, block type and formatting changes are
 * recorded with what they were. Also draws change bars on changed blocks and colours
 * insertions and deletions by author, whether or not the mode is on.
 */
export function trackChangesPlugin(options: TrackChangesOptions): Plugin<TrackState> {
  const now = options.now ?? (() => new Date());
  const who = (): Suggestor => {
    const person = options.getAuthor();
    return {
      author: person?.name || UNKNOWN_AUTHOR,
      organization: person?.organization ?? '',
      now: now(),
    };
  };
  const backspace = deleteCharAsSuggestion(-1, who);
  const forwardDelete = deleteCharAsSuggestion(1, who);
  return new Plugin<TrackState>({
    key: trackKey,
    state: {
      init: (_config, state) => ({
        on: options.initiallyOn === true || options.locked === true,
        locked: options.locked === true,
        decorations: initialDecorations(state.doc),
      }),
      apply(tr, prev) {
        const meta = tr.getMeta(trackKey) as TrackMeta | undefined;
        const locked = meta && 'locked' in meta ? meta.locked : prev.locked;
        const on = locked || (meta && 'on' in meta ? meta.on : prev.on);
        const decorations = updateDecorations(prev.decorations, tr);
        return on === prev.on && locked === prev.locked && decorations === prev.decorations
          ? prev
          : { on, locked, decorations };
      },
    },
    appendTransaction(trs, oldState, state) {
      let tr: Transaction | null;
      try {
        tr = trackKey.getState(state)?.on
          ? replayAsSuggestions(trs, oldState, state, who(), isUntracked)
          : clearSplitCopies(trs, state, isUntracked);
      } catch (error) {
        // An edit the replay cannot express stays as the user made it (untracked) rather than
        // failing the keystroke; the error is still reported.
        console.error('Suggestion mode could not track an edit', error);
        tr = null;
      }
      return tr ? untracked(tr) : null;
    },
    props: {
      decorations: (state) => trackKey.getState(state)?.decorations ?? null,
      markViews: changeMarkViews,
      handleKeyDown(view, event) {
        if (!isTrackingChanges(view.state) || event.ctrlKey || event.metaKey || event.altKey) {
          return false;
        }
        const command =
          event.key === 'Backspace' ? backspace : event.key === 'Delete' ? forwardDelete : null;
        return command !== null && command(view.state, view.dispatch);
      },
      attributes: (state): Record<string, string> =>
        trackKey.getState(state)?.on ? { class: 'tc-tracking' } : {},
    },
  });
}

/** Turns suggestion mode on or off (not an undoable edit); refused off while it is locked. */
export function setTrackChanges(on: boolean): Command {
  return (state, dispatch) => {
    const current = trackKey.getState(state);
    if (!current || (current.locked && !on)) return false;
    dispatch?.(state.tr.setMeta(trackKey, { on }).setMeta('addToHistory', false));
    return true;
  };
}

/**
 * Locks suggestion mode on (a review copy: every edit is a suggestion) or unlocks it, leaving it
 * on. Not an undoable edit.
 */
export function lockTrackChanges(locked: boolean): Command {
  return (state, dispatch) => {
    if (!trackKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(trackKey, { locked }).setMeta('addToHistory', false));
    return true;
  };
}

/** Toggles suggestion mode (Ctrl+Shift+E, as in Word). */
export const toggleTrackChanges: Command = (state, dispatch) =>
  setTrackChanges(!isTrackingChanges(state))(state, dispatch);
