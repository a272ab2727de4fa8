import type { Node } from 'prosemirror-model';
import { compareDocuments, type Change } from '../diff/compare';

type Outcome = 'changed' | 'added' | 'removed' | 'moved';

const NOUNS: [types: string[], one: string, many: string][] = [
  [['numbered_paragraph', 'paragraph'], 'paragraph', 'paragraphs'],
  [['heading'], 'heading', 'headings'],
  [['action_record'], 'action record', 'action records'],
  [['bullet_list', 'ordered_list'], 'list', 'lists'],
  [['table'], 'table', 'tables'],
  [['blockquote'], 'quotation', 'quotations'],
  [['summary'], 'summary', 'summaries'],
  [['masthead'], 'masthead', 'mastheads'],
];
const OUTCOMES: Outcome[] = ['changed', 'added', 'removed', 'moved'];
const TEXTBLOCKS = new Set(['numbered_paragraph', 'paragraph', 'heading']);

const QUIET = { author: { name: '', initials: '', organization: '' }, time: '', sections: false };

function outcomeOf(change: Change): Outcome {
  if (change.blockId !== change.topBlockId) return 'changed';
  if (change.kind === 'inserted') return 'added';
  if (change.kind === 'deleted') return 'removed';
  return change.kind === 'moved' ? 'moved' : 'changed';
}

/**
 * One line saying what changed from `prev` to `next` by top-level block, e.g. "3 paragraphs
 * changed, 1 added, 2 action records edited". "First version" without a previous one.
 */
export function versionSummary(prev: Node | null, next: Node): string {
  if (!prev) return 'First version';
  const { changes } = compareDocuments(prev, next, QUIET);
  const blocks = new Map<string, { type: string; outcome: Outcome }>();
  for (const change of changes) {
    const key = change.topBlockId || change.id;
    const outcome = outcomeOf(change);
    const seen = blocks.get(key);
    // Being added, removed or moved says more about a block than that its words changed.
    if (!seen || seen.outcome === 'changed')
      blocks.set(key, { type: change.topBlockType, outcome });
  }
  if (blocks.size === 0) return 'No changes';
  const parts: string[] = [];
  for (const [types, one, many] of NOUNS) {
    let first = true;
    for (const outcome of OUTCOMES) {
      let n = 0;
      let textblock = true;
      for (const b of blocks.values()) {
        if (b.outcome !== outcome || !types.includes(b.type)) continue;
        n++;
        textblock &&= TEXTBLOCKS.has(b.type);
      }
      if (n === 0) continue;
      const verb = outcome === 'changed' && !textblock ? 'edited' : outcome;
      parts.push(first ? `${n} ${n === 1 ? one : many} ${verb}` : `${n} ${verb}`);
      first = false;
    }
  }
  const other = [...blocks.values()].filter((b) => !NOUNS.some(([t]) => t.includes(b.type))).length;
  if (other) parts.push(`${other} other block${other === 1 ? '' : 's'} changed`);
  return parts.join(', ');
}
