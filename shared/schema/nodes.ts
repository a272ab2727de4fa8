import type { Attrs, NodeSpec } from 'prosemirror-model';
import { tableNodes } from 'prosemirror-tables';
import { validateBlockChange } from '../changes/blockChange';
import { ACTION_FIELDS, ACTION_STATUSES, MASTHEAD_FIELDS } from './fields';

/** The part of a DOM element that parse rules read; shared/ has no DOM typings. */
export interface ElementLike {
  getAttribute(name: string): string | null;
}

const idAttr = { id: { default: null, validate: 'string|null' } };

// A tracked change on the whole block (suggestion mode); see shared/changes/blockChange.ts.
const changeAttr = { change: { default: null, validate: validateBlockChange } };
const blockAttrs = { ...idAttr, ...changeAttr };

function readId(dom: ElementLike): Attrs {
  return { id: dom.getAttribute('data-id') };
}

function oneOf(values: readonly string[]): (value: unknown) => void {
  return (value) => {
    if (typeof value !== 'string' || !values.includes(value)) {
      throw new RangeError(`Expected one of ${values.join(', ')}, got ${String(value)}`);
    }
  };
}

function intIn(min: number, max: number): (value: unknown) => void {
  return (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`Expected an integer from ${min} to ${max}, got ${String(value)}`);
    }
  };
}

const table = tableNodes({ tableGroup: 'block', cellContent: 'paragraph+', cellAttributes: {} });

/** The widest span a table cell may have; prosemirror-tables allocates width × height slots. */
const MAX_SPAN = 1000;

// prosemirror-tables only asks for numbers, so a file could hold Infinity (which saves as null)
// or a span of a billion (which exhausts memory when the table is mapped).
const cellAttrs = {
  ...table.table_cell.attrs,
  colspan: { default: 1, validate: intIn(1, MAX_SPAN) },
  rowspan: { default: 1, validate: intIn(1, MAX_SPAN) },
  colwidth: {
    default: null,
    validate: (value: unknown) => {
      if (value === null) return;
      if (
        !Array.isArray(value) ||
        value.length > MAX_SPAN ||
        !value.every((w) => typeof w === 'number' && Number.isFinite(w) && w >= 0)
      ) {
        throw new RangeError('A column width must be null or a list of finite widths');
      }
    },
  },
  ...idAttr,
};

/**
 * The block and inline nodes of an action plan. Every non-inline node except `doc` carries a
 * stable `id` that comments, versions and diffs refer to.
 */
export const nodes = {
  doc: { content: 'masthead summary? block+' },

  masthead: {
    attrs: idAttr,
    content: 'masthead_field+',
    isolating: true,
    selectable: false,
    parseDOM: [{ tag: 'header.masthead', getAttrs: readId }],
    toDOM: (node) => ['header', { class: 'masthead', 'data-id': node.attrs.id as string }, 0],
  },

  masthead_field: {
    attrs: {
      ...idAttr,
      field: { default: 'title', validate: oneOf(MASTHEAD_FIELDS.map((f) => f.key)) },
    },
    content: 'text*',
    isolating: true,
    defining: true,
    parseDOM: [
      {
        tag: 'div.masthead-field',
        getAttrs: (dom: ElementLike) => ({ ...readId(dom), field: dom.getAttribute('data-field') }),
      },
    ],
    toDOM: (node) => [
      'div',
      {
        class: 'masthead-field',
        'data-id': node.attrs.id as string,
        'data-field': node.attrs.field as string,
      },
      0,
    ],
  },

  summary: {
    attrs: blockAttrs,
    content: 'paragraph+',
    isolating: true,
    parseDOM: [{ tag: 'section.summary', getAttrs: readId }],
    toDOM: (node) => ['section', { class: 'summary', 'data-id': node.attrs.id as string }, 0],
  },

  // First in the block group, so ProseMirror's default new block is a numbered paragraph.
  numbered_paragraph: {
    attrs: { ...blockAttrs, level: { default: 0, validate: intIn(0, 2) } },
    content: 'inline*',
    group: 'block',
    parseDOM: [
      {
        tag: 'p.numbered',
        getAttrs: (dom: ElementLike) => ({
          ...readId(dom),
          level: Math.min(2, Math.max(0, Number(dom.getAttribute('data-level')) || 0)),
        }),
      },
    ],
    toDOM: (node) => [
      'p',
      {
        class: 'numbered',
        'data-id': node.attrs.id as string,
        'data-level': String(node.attrs.level),
      },
      0,
    ],
  },

  heading: {
    // Annex headings ("Annex I. Results framework") carry their own title and take no number.
    attrs: {
      ...blockAttrs,
      level: { default: 1, validate: intIn(1, 5) },
      numbered: { default: true, validate: 'boolean' },
    },
    content: 'inline*',
    group: 'block',
    defining: true,
    parseDOM: [1, 2, 3, 4, 5].map((level) => ({
      tag: `h${level}`,
      getAttrs: (dom: ElementLike) => ({
        ...readId(dom),
        level,
        numbered: dom.getAttribute('data-numbered') !== 'false',
      }),
    })),
    toDOM: (node) => [
      `h${node.attrs.level as number}`,
      {
        'data-id': node.attrs.id as string,
        ...(node.attrs.numbered ? {} : { 'data-numbered': 'false' }),
      },
      0,
    ],
  },

  paragraph: {
    attrs: blockAttrs,
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p', getAttrs: readId }],
    toDOM: (node) => ['p', { 'data-id': node.attrs.id as string }, 0],
  },

  blockquote: {
    attrs: blockAttrs,
    content: 'paragraph+',
    group: 'block',
    defining: true,
    parseDOM: [{ tag: 'blockquote', getAttrs: readId }],
    toDOM: (node) => ['blockquote', { 'data-id': node.attrs.id as string }, 0],
  },

  bullet_list: {
    attrs: blockAttrs,
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul', getAttrs: readId }],
    toDOM: (node) => ['ul', { 'data-id': node.attrs.id as string }, 0],
  },

  ordered_list: {
    attrs: { ...blockAttrs, order: { default: 1, validate: intIn(0, 100000) } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom: ElementLike) => {
          const start = Number(dom.getAttribute('start') ?? 1);
          return { ...readId(dom), order: Number.isInteger(start) && start >= 0 ? start : 1 };
        },
      },
    ],
    toDOM: (node) => [
      'ol',
      { 'data-id': node.attrs.id as string, start: String(node.attrs.order) },
      0,
    ],
  },

  list_item: {
    attrs: blockAttrs,
    content: 'paragraph (paragraph | bullet_list | ordered_list)*',
    defining: true,
    parseDOM: [{ tag: 'li', getAttrs: readId }],
    toDOM: (node) => ['li', { 'data-id': node.attrs.id as string }, 0],
  },

  table: { ...table.table, attrs: blockAttrs },
  table_row: { ...table.table_row, attrs: blockAttrs },
  table_cell: { ...table.table_cell, attrs: cellAttrs },
  table_header: { ...table.table_header, attrs: cellAttrs },

  action_record: {
    attrs: {
      ...blockAttrs,
      status: { default: 'planned', validate: oneOf(ACTION_STATUSES.map((s) => s.key)) },
    },
    content: 'action_field+',
    group: 'block',
    isolating: true,
    defining: true,
    parseDOM: [
      {
        tag: 'section.action-record',
        getAttrs: (dom: ElementLike) => ({
          ...readId(dom),
          status: ACTION_STATUSES.some((s) => s.key === dom.getAttribute('data-status'))
            ? dom.getAttribute('data-status')
            : 'planned',
        }),
      },
    ],
    toDOM: (node) => [
      'section',
      {
        class: 'action-record',
        'data-id': node.attrs.id as string,
        'data-status': node.attrs.status as string,
      },
      0,
    ],
  },

  action_field: {
    attrs: {
      ...blockAttrs,
      field: { default: 'description', validate: oneOf(ACTION_FIELDS.map((f) => f.key)) },
    },
    content: 'paragraph+',
    isolating: true,
    parseDOM: [
      {
        tag: 'div.action-field',
        getAttrs: (dom: ElementLike) => ({ ...readId(dom), field: dom.getAttribute('data-field') }),
      },
    ],
    toDOM: (node) => [
      'div',
      {
        class: 'action-field',
        'data-id': node.attrs.id as string,
        'data-field': node.attrs.field as string,
      },
      0,
    ],
  },

  footnote: {
    attrs: idAttr,
    group: 'inline',
    content: 'text*',
    inline: true,
    atom: true,
    parseDOM: [{ tag: 'span.footnote', getAttrs: readId }],
    toDOM: (node) => ['span', { class: 'footnote', 'data-id': node.attrs.id as string }, 0],
  },

  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },

  text: { group: 'inline' },
} satisfies Record<string, NodeSpec>;

/** Names of the node types, as written in files. */
export type NodeName = keyof typeof nodes;
