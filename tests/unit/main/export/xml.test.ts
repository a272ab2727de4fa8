import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  escapeAttr,
  escapeText,
  stripNonXml,
  textElement,
  wordPart,
} from '../../../../main/services/export/xml';

/** Every control character XML 1.0 forbids, with U+FFFE and U+FFFF. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => ![0x09, 0x0a, 0x0d].includes(c)),
  0xfffe,
  0xffff,
].map((c) => String.fromCharCode(c));

/** The text and attribute a parser reads back from `<a b="…">…</a>`. */
function readBack(text: string, attr: string): { text: string; attr: string } {
  const xml = `<a b="${escapeAttr(attr)}">${escapeText(text)}</a>`;
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true,
  });
  const parsed = parser.parse(xml) as { a: { '#text'?: string; '@_b': string } };
  return { text: parsed.a['#text'] ?? '', attr: parsed.a['@_b'] };
}

describe('the XML writer', () => {
  it('escapes markup characters in text and leaves quotes as they are', () => {
    expect(escapeText(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f'`);
    expect(escapeText('plain words')).toBe('plain words');
  });

  it('escapes quotes, apostrophes, tabs and line ends in attribute values', () => {
    expect(escapeAttr(`Ana "A" O'Neil & <Co>`)).toBe(
      'Ana &quot;A&quot; O&apos;Neil &amp; &lt;Co&gt;',
    );
    expect(escapeAttr('one\ttwo\nthree\rfour')).toBe('one&#9;two&#10;three&#13;four');
  });

  it('drops every control character XML 1.0 cannot hold, and U+FFFE and U+FFFF', () => {
    for (const c of FORBIDDEN) {
      expect(escapeText(`a${c}b`), `U+${c.charCodeAt(0).toString(16)}`).toBe('ab');
      expect(escapeAttr(`a${c}b`)).toBe('ab');
    }
    expect(stripNonXml(FORBIDDEN.join(''))).toBe('');
  });

  it('keeps tab and line feed in text and writes CR as a reference so it survives parsing', () => {
    expect(escapeText('a\tb\nc')).toBe('a\tb\nc');
    expect(escapeText('a\r\nb')).toBe('a&#13;\nb');
  });

  it('keeps surrogate pairs and drops lone or reversed surrogates', () => {
    const pair = '\uD83D\uDE00';
    expect(escapeText(`smile ${pair}`)).toBe(`smile ${pair}`);
    expect(escapeText(`high \uD83D alone`)).toBe('high  alone');
    expect(escapeText(`low \uDE00 alone`)).toBe('low  alone');
    expect(escapeText('reversed \uDE00\uD83D pair')).toBe('reversed  pair');
    expect(escapeText(`\uD83D${pair}\uDE00`)).toBe(pair);
    expect(escapeAttr(`${pair}\uD83D`)).toBe(pair);
  });

  it('round-trips hard text through a real parser', () => {
    const text = `  lead & <tag> "q" 'a' \t tab ${'\uD83D\uDE00'} trail  `;
    const attr = `a "b" 'c' & <d>\ttab\nline`;
    expect(readBack(text, attr)).toEqual({ text, attr });
    expect(readBack(`bad\u0001\uD800\uFFFFtext`, `bad\u0000\uDFFFattr`)).toEqual({
      text: 'badtext',
      attr: 'badattr',
    });
  });

  it('preserves leading, trailing and doubled spaces, and only when there are some', () => {
    expect(textElement('w:t', ' lead')).toBe('<w:t xml:space="preserve"> lead</w:t>');
    expect(textElement('w:t', 'trail ')).toBe('<w:t xml:space="preserve">trail </w:t>');
    expect(textElement('w:t', 'two  spaces')).toBe('<w:t xml:space="preserve">two  spaces</w:t>');
    expect(textElement('w:delText', 'plain & simple')).toBe(
      '<w:delText>plain &amp; simple</w:delText>',
    );
    // A dropped control character must not hide a space that now leads the text.
    expect(textElement('w:t', '\u0001 x')).toBe('<w:t xml:space="preserve"> x</w:t>');
  });

  it('writes parts that are well-formed XML with the WordprocessingML namespaces', () => {
    const part = wordPart('w:document', `<w:body>${textElement('w:t', '<&>')}</w:body>`);
    expect(XMLValidator.validate(part)).toBe(true);
    expect(part).toContain(
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
    );
  });
});
