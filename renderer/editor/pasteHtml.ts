// Cleans HTML pasted from Word and web pages before the schema's parse rules read it.

/** Elements dropped with everything inside them. */
const DROP =
  'script, style, meta, link, title, xml, template, iframe, object, embed, noscript, head';

/** Inline style properties the schema's parse rules read; every other declaration goes. */
const KEPT_STYLES = new Set([
  'font-weight',
  'font-style',
  'text-decoration',
  'text-decoration-line',
  'vertical-align',
]);

const ORDERED_MARKER = /^(\d+|[a-z]{1,3}|[ivxlcdm]+)[.)]$/i;

function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, '')
    .trim();
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Word's conditional comments, at the text level (the HTML parser mangles `<![if ...]>`). */
function stripConditionals(html: string): string {
  return (
    html
      .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
      // The list marker Word draws by hand ("1.", "·") becomes a hint for rebuilding the list.
      .replace(
        /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi,
        (_m, marker: string) =>
          `<span data-list-marker="${escapeAttr(textOfHtml(marker))}"></span>`,
      )
      .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '')
  );
}

function cleanStyle(element: Element): void {
  const style = element.getAttribute('style');
  if (style === null) return;
  const kept = style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => KEPT_STYLES.has(d.split(':')[0]?.trim().toLowerCase() ?? ''));
  if (kept.length) element.setAttribute('style', kept.join(';'));
  else element.removeAttribute('style');
}

function cleanClass(element: Element): void {
  const classes = [...element.classList].filter((c) => !/^mso/i.test(c));
  if (classes.length) element.setAttribute('class', classes.join(' '));
  else element.removeAttribute('class');
}

function cleanAttributes(element: Element): void {
  for (const name of element.getAttributeNames()) {
    if (/^on/i.test(name) || name.includes(':')) element.removeAttribute(name);
  }
}

function removeComments(root: Node): void {
  for (const child of [...root.childNodes]) {
    if (child.nodeType === 8) child.remove();
    else removeComments(child);
  }
}

interface WordListItem {
  paragraph: Element;
  /** Word's list id (l0, l1...): a new id starts a new list. */
  list: string;
  level: number;
  ordered: boolean;
}

/** Word list paragraphs: MsoListParagraph classes, mso-list styles, or a hand-drawn marker. */
function wordListItem(element: Element): WordListItem | null {
  if (element.tagName !== 'P') return null;
  const style = element.getAttribute('style') ?? '';
  const marker = element.querySelector('span[data-list-marker]');
  const isList =
    [...element.classList].some((c) => /^MsoListParagraph/i.test(c)) ||
    /mso-list:\s*l\d/i.test(style) ||
    marker !== null;
  if (!isList) return null;
  const level = Number(/level(\d+)/i.exec(style)?.[1] ?? 1);
  const text = marker?.getAttribute('data-list-marker') ?? '';
  return {
    paragraph: element,
    list: /mso-list:\s*(l\d+)/i.exec(style)?.[1] ?? '',
    level: Math.max(1, Math.min(level, 5)),
    ordered: ORDERED_MARKER.test(text),
  };
}

/** Rebuilds runs of Word list paragraphs as real (nested) lists. */
function rebuildWordLists(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const first of [...body.querySelectorAll('p')]) {
    if (!first.isConnected) continue;
    const head = wordListItem(first);
    if (!head) continue;
    const items = [head];
    for (let next = first.nextElementSibling; next; next = next.nextElementSibling) {
      const item = wordListItem(next);
      if (!item || item.list !== head.list) break;
      items.push(item);
    }
    const stack: { list: Element; level: number }[] = [];
    const root = doc.createElement(head.ordered ? 'ol' : 'ul');
    first.before(root);
    stack.push({ list: root, level: items[0]?.level ?? 1 });
    for (const item of items) {
      let top = stack.at(-1);
      while (top && item.level < top.level && stack.length > 1) {
        stack.pop();
        top = stack.at(-1);
      }
      if (top && item.level > top.level && top.list.lastElementChild) {
        const nested = doc.createElement(item.ordered ? 'ol' : 'ul');
        top.list.lastElementChild.append(nested);
        stack.push((top = { list: nested, level: item.level }));
      }
      item.paragraph.querySelector('span[data-list-marker]')?.remove();
      const li = doc.createElement('li');
      const p = doc.createElement('p');
      p.append(...item.paragraph.childNodes);
      li.append(p);
      (top ?? stack[0] ?? { list: root }).list.append(li);
      item.paragraph.remove();
    }
  }
}

/**
 * Cleans pasted HTML: drops scripts, styles, comments, Word's conditional comments, `<o:p>` and
 * other Office elements, mso classes and foreign inline styles, and turns Word's list
 * paragraphs into lists. Headings, lists, tables and emphasis survive for the parse rules.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(stripConditionals(html), 'text/html');
  const body = doc.body;
  for (const element of [...doc.querySelectorAll(DROP)]) element.remove();
  for (const element of [...body.querySelectorAll('*')]) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'O:P' || tag.startsWith('V:')) {
      element.remove();
      continue;
    }
    // Other Office wrappers (w:sdt and the like) hold real content: keep what is inside.
    if (tag.includes(':')) element.replaceWith(...element.childNodes);
    cleanAttributes(element);
  }
  removeComments(body);
  rebuildWordLists(body);
  for (const element of [...body.querySelectorAll('*')]) {
    cleanStyle(element);
    cleanClass(element);
  }
  return body.innerHTML;
}
