/**
 * The few XML primitives every part is written with. Parts are built as strings (far faster than
 * an object tree for a 300-page document), so every piece of user text goes through one of these.
 */

/**
 * Anything that needs work in text: one class of every character that can be written as is
 * (tab, LF, and U+0020 to U+FFFD outside the surrogates, less & < >); anything else is markup, CR,
 * a surrogate, or a character XML 1.0 cannot hold.
 */
const TEXT_WORK = /[^\t\n\u0020-\u0025\u0027-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD]/;
/** The same for attribute values, where quotes, tabs and line ends must be escaped too. */
const ATTR_WORK = /[^\u0020\u0021\u0023-\u0025\u0028-\u003B\u003D\u003F-\uD7FF\uE000-\uFFFD]/;
/**
 * Characters XML 1.0 cannot hold: controls other than tab and line ends, U+FFFE/U+FFFF, and
 * surrogates that are not part of a pair.
 */
const NOT_XML =
  /[^\t\n\r\u0020-\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const entity = (c: string) => ENTITIES[c] ?? c;

/** Text without the characters an XML 1.0 document cannot contain, even as references. */
export function stripNonXml(value: string): string {
  return value.replace(NOT_XML, '');
}

/** Element content: markup escaped, CR kept as a reference, non-XML characters dropped. */
export function escapeText(value: string): string {
  if (!TEXT_WORK.test(value)) return value;
  return stripNonXml(value).replace(/[&<>\r]/g, entity);
}

/** A double-quoted attribute value: quotes and whitespace escaped so they survive parsing. */
export function escapeAttr(value: string): string {
  if (!ATTR_WORK.test(value)) return value;
  return stripNonXml(value).replace(/[&<>"'\t\n\r]/g, entity);
}

/**
 * A WordprocessingML text element (w:t, w:delText, w:instrText). Word drops leading, trailing and
 * doubled spaces unless told to preserve them, so those texts say so.
 */
export function textElement(tag: string, text: string): string {
  const escaped = escapeText(text);
  const preserve =
    escaped.charCodeAt(0) === 32 ||
    escaped.charCodeAt(escaped.length - 1) === 32 ||
    escaped.includes('  ');
  return preserve
    ? `<${tag} xml:space="preserve">${escaped}</${tag}>`
    : `<${tag}>${escaped}</${tag}>`;
}

/** The XML declaration every part starts with. */
export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Namespace declarations of the WordprocessingML parts Accord writes. */
export const W_NAMESPACES =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'mc:Ignorable="w14 w15"';

/** A WordprocessingML part: declaration, root element with the namespaces, content. */
export function wordPart(root: string, content: string): string {
  return `${XML_HEADER}<${root} ${W_NAMESPACES}>${content}</${root}>`;
}
