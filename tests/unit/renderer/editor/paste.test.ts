// @vitest-environment happy-dom
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '../../../../renderer/editor/pasteHtml';
import { doc, nodes, p, posOf, stateOf } from './build';

let view: EditorView | null = null;
afterEach(() => view?.destroy());

/** A view with the cursor in an empty numbered paragraph after "Intro". */
function atEmpty(level = 0): EditorView {
  view = new EditorView(document.createElement('div'), {
    state: stateOf(doc(p('Intro', 'i'), p('', 'e', level))),
  });
  const start = view.state.doc.child(0).nodeSize + view.state.doc.child(1).nodeSize + 1;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, start)));
  return view;
}

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta name=Generator content="Microsoft Word 15"><style>
p.MsoNormal {mso-style-parent:""; font-family:"Calibri";}
</style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings>secret</o:OfficeDocumentSettings></xml><![endif]--></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<!--StartFragment-->
<h1 style='mso-list:l1 level1 lfo2'>Introduction</h1>
<p class=MsoNormal style='margin:0cm;mso-bidi-font-family:Arial'><b style='mso-bidi-font-weight:normal'>Bold</b> and <i>italic</i> and <span style='font-family:"Comic Sans";color:red'>plain</span><o:p></o:p></p>
<script>alert('x')</script>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>First point<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>o<span>&nbsp; </span></span><![endif]>Nested point<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp; </span></span><![endif]>Second point<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span><![endif]>Numbered one<o:p></o:p></p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr><td style='mso-border-alt:solid windowtext .5pt'><p class=MsoNormal>Cell A<o:p></o:p></p></td><td><p class=MsoNormal>Cell B</p></td></tr>
</table>
<!--EndFragment-->
</body></html>`;

function types(node: Node): string[] {
  const names: string[] = [];
  node.forEach((child) => names.push(child.type.name));
  return names;
}

describe('pasting', () => {
  it('cleans Word HTML of scripts, styles, comments, Office tags and mso classes and styles', () => {
    const html = cleanPastedHtml(WORD);
    for (const gone of [
      '<script',
      'alert',
      '<style',
      'secret',
      '<!--',
      'o:p',
      'mso',
      'Mso',
      'Comic',
      'supportLists',
    ])
      expect(html).not.toContain(gone);
    expect(html).toContain('<h1>Introduction</h1>');
    expect(html).toMatch(
      /<ul><li><p>First point<\/p><ul><li><p>Nested point<\/p><\/li><\/ul><\/li><li><p>Second point<\/p><\/li><\/ul>/,
    );
    expect(html).toMatch(/<ol><li><p>Numbered one<\/p><\/li><\/ol>/);
  });

  it('keeps headings, lists, tables and emphasis from Word', () => {
    const v = atEmpty();
    v.pasteHTML(WORD);
    const blocks = types(v.state.doc);
    expect(blocks).toContain('heading');
    expect(blocks).toContain('bullet_list');
    expect(blocks).toContain('ordered_list');
    expect(blocks).toContain('table');
    const text = v.state.doc.textContent;
    expect(text).toContain('Introduction');
    expect(text).toContain('Nested point');
    expect(text).toContain('Cell B');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('·');
    const bold = v.state.doc.nodeAt(posOf(v.state.doc, 'Bold'))!;
    expect(bold.marks.map((m) => m.type.name)).toEqual(['strong']);
    const italic = v.state.doc.nodeAt(posOf(v.state.doc, 'italic'))!;
    expect(italic.marks.map((m) => m.type.name)).toEqual(['em']);
    const plain = v.state.doc.nodeAt(posOf(v.state.doc, 'plain'))!;
    expect(plain.marks).toEqual([]);
  });

  it('keeps emphasis given by inline styles, as web pages and Google Docs write it', () => {
    const html = cleanPastedHtml('<p><span style="font-weight:700;color:blue">Strong</span></p>');
    expect(html).toBe('<p><span style="font-weight:700">Strong</span></p>');
  });

  it('drops unsafe links but keeps their text', () => {
    const v = atEmpty();
    v.pasteHTML(
      '<p><a href="javascript:alert(1)" onclick="x()">click</a> <a href="https://un.org">UN</a></p>',
    );
    const click = v.state.doc.nodeAt(posOf(v.state.doc, 'click'))!;
    expect(click.marks).toEqual([]);
    const un = v.state.doc.nodeAt(posOf(v.state.doc, 'UN'))!;
    expect(un.marks[0]!.attrs.href).toBe('https://un.org');
  });

  it('splits plain text into paragraphs on blank lines, numbered at the current level', () => {
    const v = atEmpty(1);
    v.pasteText('First line\nwraps here\n\nSecond\r\n\r\n\r\nThird');
    const texts: string[] = [];
    v.state.doc.forEach((child, _o, i) => {
      if (i >= 2) {
        texts.push(child.textContent);
        expect(child.type).toBe(nodes.numbered_paragraph);
        expect(child.attrs.level).toBe(1);
      }
    });
    expect(texts).toEqual(['First line wraps here', 'Second', 'Third']);
  });

  it('pastes plain text into a masthead field as one line', () => {
    const v = atEmpty();
    v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, 2)));
    v.pasteText('United Nations\n\nGeneral Assembly');
    expect(v.state.doc.child(0).firstChild!.textContent).toBe('United Nations General Assembly');
    expect(v.state.doc.child(0).childCount).toBe(8);
  });
});
