import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import { schema } from '../../../shared/schema';

const bodyTextKey = new PluginKey('bodyText');

/**
 * Typing where no text can go (a gap cursor between tables or action records) starts a numbered
 * paragraph, the document's body text, rather than the schema's first textblock (a heading).
 */
export function bodyTextPlugin(): Plugin {
  return new Plugin({
    key: bodyTextKey,
    props: {
      handleTextInput(view, from, to, text) {
        const { doc } = view.state;
        const $from = doc.resolve(from);
        const $to = doc.resolve(to);
        const type = schema.nodes.numbered_paragraph;
        if ($from.parent.inlineContent || !$from.sameParent($to)) return false;
        if (!$from.parent.canReplaceWith($from.index(), $to.index(), type)) return false;
        const tr = view.state.tr.replaceWith(from, to, type.create(null, schema.text(text)));
        tr.setSelection(TextSelection.create(tr.doc, from + 1 + text.length));
        view.dispatch(tr.scrollIntoView());
        return true;
      },
    },
  });
}
