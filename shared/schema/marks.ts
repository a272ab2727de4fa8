import type { MarkSpec } from 'prosemirror-model';
import type { ElementLike } from './nodes';

/** Link addresses Accord keeps: web and mail links only. */
export const SAFE_HREF = /^(https?:|mailto:)/i;

const changeAttrs = {
  id: { validate: 'string' },
  author: { default: '', validate: 'string' },
  organization: { default: '', validate: 'string' },
  time: { default: '', validate: 'string' },
};

/**
 * Inline marks. `comment`, `insertion` and `deletion` carry ids so that overlapping comments and
 * changes by different people coexist, and none of them grows when typing at its edge.
 */
export const marks = {
  link: {
    attrs: {
      // Only addresses a reader can safely follow; files with javascript: or file: links are refused.
      href: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !SAFE_HREF.test(value)) {
            throw new RangeError('A link href must start with https:, http: or mailto:');
          }
        },
      },
      title: { default: null, validate: 'string|null' },
    },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom: ElementLike) => {
          const href = dom.getAttribute('href') ?? '';
          // Only links a reader can safely follow survive a paste.
          return /^(https?:|mailto:)/i.test(href)
            ? { href, title: dom.getAttribute('title') }
            : false;
        },
      },
    ],
    toDOM: (mark) => [
      'a',
      {
        href: mark.attrs.href as string,
        title: mark.attrs.title as string | null,
        rel: 'noopener',
      },
      0,
    ],
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      {
        tag: 'b',
        getAttrs: (dom: ElementLike) => dom.getAttribute('style') !== 'font-weight:normal' && null,
      },
      { style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
      {
        style: 'font-weight',
        getAttrs: (value: string) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null,
      },
    ],
    toDOM: () => ['strong', 0],
  },
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: () => ['em', 0],
  },
  underline: {
    parseDOM: [{ tag: 'u' }, { style: 'text-decoration=underline' }],
    toDOM: () => ['u', 0],
  },
  superscript: {
    excludes: 'subscript',
    parseDOM: [{ tag: 'sup' }, { style: 'vertical-align=super' }],
    toDOM: () => ['sup', 0],
  },
  subscript: {
    excludes: 'superscript',
    parseDOM: [{ tag: 'sub' }, { style: 'vertical-align=sub' }],
    toDOM: () => ['sub', 0],
  },
  comment: {
    attrs: { id: { validate: 'string' } },
    excludes: '',
    inclusive: false,
    parseDOM: [],
    toDOM: (mark) => [
      'span',
      { class: 'comment-anchor', 'data-comment': mark.attrs.id as string },
      0,
    ],
  },
  insertion: {
    attrs: changeAttrs,
    excludes: 'deletion',
    inclusive: false,
    parseDOM: [],
    toDOM: (mark) => [
      'ins',
      { 'data-change': mark.attrs.id as string, 'data-author': mark.attrs.author as string },
      0,
    ],
  },
  deletion: {
    attrs: changeAttrs,
    excludes: 'insertion',
    inclusive: false,
    parseDOM: [],
    toDOM: (mark) => [
      'del',
      { 'data-change': mark.attrs.id as string, 'data-author': mark.attrs.author as string },
      0,
    ],
  },
} satisfies Record<string, MarkSpec>;

/** Names of the mark types, as written in files. */
export type MarkName = keyof typeof marks;
