import type { Thread } from '../../../shared/document/fileSchema';
import { isValidId } from '../../../shared/document/ids';

/** CSS hiding the highlights of resolved threads, as Word hides resolved comments' ranges. */
export function resolvedHighlightCss(threads: readonly Thread[]): string {
  // Ids are validated before going into a selector, so no file can inject CSS through one.
  const selectors = threads
    .filter((t) => t.status === 'resolved' && isValidId(t.id))
    .map((t) => `.accord-editor .comment-anchor[data-comment="${t.id}"]`);
  return selectors.length ? `${selectors.join(',\n')} { background: transparent; }` : '';
}

/**
 * The style element that hides resolved threads' highlights. The chrome renders it whether the
 * panel is open or not: adding or removing a style sheet restyles the whole document, which
 * takes longer than a frame in a 300-page plan, so opening the panel must not do it.
 */
export function ResolvedHighlights({ threads }: { threads: readonly Thread[] }) {
  const css = resolvedHighlightCss(threads);
  return css ? <style data-comments="resolved">{css}</style> : null;
}
