// @vitest-environment happy-dom
import { DOMParser } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../shared/schema';

function parse(html: string) {
  const element = document.createElement('div');
  element.innerHTML = html;
  // Pasting parses a slice; a whole-document parse would force a masthead first.
  return DOMParser.fromSchema(schema).parseSlice(element).content;
}

function linksIn(html: string): string[] {
  const hrefs: string[] = [];
  parse(html).descendants((node) => {
    for (const mark of node.marks)
      if (mark.type.name === 'link') hrefs.push(mark.attrs.href as string);
  });
  return hrefs;
}

describe('pasting HTML into the schema', () => {
  it('keeps https, http and mailto links', () => {
    const html =
      '<p><a href="https://unsse.org">hub</a> <a href="http://a.org">a</a> <a href="mailto:x@y.org">m</a></p>';
    expect(linksIn(html)).toEqual(['https://unsse.org', 'http://a.org', 'mailto:x@y.org']);
  });

  it('drops javascript:, data: and file: links but keeps their text', () => {
    const html =
      '<p><a href="javascript:alert(1)">one</a> <a href="data:text/html,x">two</a> <a href="file:///etc/passwd">three</a></p>';
    expect(linksIn(html)).toEqual([]);
    expect(parse(html).textBetween(0, parse(html).size)).toContain('one two three');
  });

  it('reads headings, numbered paragraphs and action records back with their attributes', () => {
    const doc = parse(
      '<h2 data-id="h1">Area</h2><p class="numbered" data-level="9">Para</p>' +
        '<section class="action-record" data-status="bogus"><div class="action-field" data-field="lead"><p>ILO</p></div></section>',
    );
    const types: unknown[][] = [];
    doc.descendants((n) => {
      types.push([n.type.name, n.attrs.level ?? n.attrs.status]);
    });
    expect(types).toContainEqual(['heading', 2]);
    expect(types).toContainEqual(['numbered_paragraph', 2]);
    expect(types).toContainEqual(['action_record', 'planned']);
  });
});
