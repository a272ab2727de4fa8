import type { Mark, Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { BlockChange } from '../../../../shared/changes';
import { authorshipOf, type ChangeAuthorship } from '../../../../shared/changes';
import { newId } from '../../../../shared/document/ids';

/** Typing or deleting within this long of an earlier change by the same author extends it. */
export const JOIN_WINDOW_MS = 10 * 60 * 1000;

/** Who is suggesting, and when. */
export interface Suggestor {
  author: string;
  organization: string;
  now: Date;
}

/**
 * What the steps of one suggestion share: the transaction being built, who makes it, and the
 * ids of the changes it starts (one per kind, so one keystroke or paste is one change).
 */
export class SuggestContext {
  private readonly ids = new Map<string, string>();
  readonly time: string;

  constructor(
    readonly tr: Transaction,
    readonly who: Suggestor,
  ) {
    this.time = who.now.toISOString();
  }

  /** The attributes of a new change of this kind made by this transaction. */
  fresh(kind: BlockChange['kind']): ChangeAuthorship {
    let id = this.ids.get(kind);
    if (id === undefined) this.ids.set(kind, (id = newId()));
    return {
      id,
      author: this.who.author,
      organization: this.who.organization,
      time: this.time,
    };
  }

  /** Whether a change was made by this author recently enough to be extended. */
  joinable(change: ChangeAuthorship): boolean {
    if (change.author !== this.who.author || change.organization !== this.who.organization) {
      return false;
    }
    const at = Date.parse(change.time);
    const age = this.who.now.getTime() - at;
    return Number.isFinite(at) && age >= 0 && age <= JOIN_WINDOW_MS;
  }

  /** The first mark of a type on these nodes that this author may extend. */
  joinableMark(nodes: readonly (Node | null | undefined)[], typeName: string): Mark | null {
    for (const node of nodes) {
      const mark = node?.marks.find((m) => m.type.name === typeName);
      if (mark && this.joinable(authorshipOf(mark))) return mark;
    }
    return null;
  }

  /** A block change record of a kind with these authorship attributes. */
  blockChange(kind: BlockChange['kind'], who: ChangeAuthorship): BlockChange {
    return { kind, id: who.id, author: who.author, organization: who.organization, time: who.time };
  }
}
