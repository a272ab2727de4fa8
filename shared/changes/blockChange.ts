import type { Node } from 'prosemirror-model';

/** What a tracked change does to a whole block. */
export type BlockChangeKind = 'insert' | 'delete' | 'format';

/** A run of inline content with its formatting marks, saved so Reject can restore formatting. */
export interface FormatRun {
  /** The run's text; each inline node that is not text stands as U+FFFC repeated nodeSize times. */
  text: string;
  marks: { type: string; attrs?: Record<string, unknown> }[];
}

/** A block's type and attributes (without id and change) before a format change. */
export interface BlockFormat {
  type: string;
  attrs: Record<string, unknown>;
  /** The block's inline formatting before a bold/italic/… change, when one was made. */
  marks?: FormatRun[];
}

/**
 * The `change` attribute of a block. `insert`: the block and the break before it were suggested
 * (Reject removes the block, or joins what remains into the block before). `delete`: the block
 * and the break before it are suggested for removal (Accept removes or joins it). `format`: its
 * type, attributes or formatting changed; `from` holds the old ones so Reject can restore them,
 * and `wrapper` says the node was put around existing blocks (Reject unwraps them).
 */
export interface BlockChange {
  kind: BlockChangeKind;
  id: string;
  author: string;
  organization: string;
  time: string;
  from?: BlockFormat;
  wrapper?: boolean;
}

const KINDS: readonly string[] = ['insert', 'delete', 'format'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkRun(run: unknown): void {
  if (!isRecord(run) || typeof run.text !== 'string' || !Array.isArray(run.marks)) {
    throw new RangeError('A format run needs text and marks');
  }
  for (const mark of run.marks) {
    if (!isRecord(mark) || typeof mark.type !== 'string') {
      throw new RangeError('A format run mark needs a type');
    }
    if (mark.attrs !== undefined && !isRecord(mark.attrs)) {
      throw new RangeError('A format run mark’s attrs must be an object');
    }
  }
}

function checkFormat(from: unknown): void {
  if (!isRecord(from) || typeof from.type !== 'string' || !isRecord(from.attrs)) {
    throw new RangeError('A change’s `from` needs a type and attrs');
  }
  if (from.marks !== undefined) {
    if (!Array.isArray(from.marks)) throw new RangeError('A change’s `from.marks` must be a list');
    from.marks.forEach(checkRun);
  }
}

/** Validates a block's `change` attribute: null or a {@link BlockChange}. Throws RangeError. */
export function validateBlockChange(value: unknown): void {
  if (value === null) return;
  if (!isRecord(value)) throw new RangeError('A block change must be an object or null');
  if (typeof value.kind !== 'string' || !KINDS.includes(value.kind)) {
    throw new RangeError(`A block change kind must be insert, delete or format`);
  }
  for (const key of ['id', 'author', 'organization', 'time'] as const) {
    if (typeof value[key] !== 'string') throw new RangeError(`A block change needs a ${key}`);
  }
  if (value.from !== undefined) checkFormat(value.from);
  if (value.wrapper !== undefined && typeof value.wrapper !== 'boolean') {
    throw new RangeError('A block change’s wrapper flag must be a boolean');
  }
}

/** The change recorded on a block, or null (also for node types without the attribute). */
export function blockChangeOf(node: Node): BlockChange | null {
  const value: unknown = node.attrs.change;
  return isRecord(value) ? (value as unknown as BlockChange) : null;
}

/** Whether a node type can carry a block change. */
export function canCarryChange(node: Node): boolean {
  return node.type.spec.attrs !== undefined && 'change' in node.type.spec.attrs;
}

/** The JSON Schema of the `change` attribute, for docs/accord-file.schema.json. */
export const BLOCK_CHANGE_JSON_SCHEMA: Record<string, unknown> = {
  description:
    'A tracked change on the whole block (suggestion mode): inserted, deleted, or re-formatted with the old type and attributes in `from`. null when none.',
  anyOf: [
    { type: 'null' },
    {
      type: 'object',
      properties: {
        kind: { type: 'string', enum: ['insert', 'delete', 'format'] },
        id: { type: 'string' },
        author: { type: 'string' },
        organization: { type: 'string' },
        time: { type: 'string' },
        from: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            attrs: { type: 'object' },
            marks: {
              type: 'array',
              items: {
                type: 'object',
                properties: { text: { type: 'string' }, marks: { type: 'array' } },
                required: ['text', 'marks'],
              },
            },
          },
          required: ['type', 'attrs'],
        },
        wrapper: { type: 'boolean' },
      },
      required: ['kind', 'id', 'author', 'organization', 'time'],
    },
  ],
};
