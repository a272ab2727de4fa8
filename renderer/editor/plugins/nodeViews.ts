import { Plugin, PluginKey } from 'prosemirror-state';
import { ActionRecordView } from '../nodeviews/actionRecord';
import { FootnoteView } from '../nodeviews/footnote';
import { actionFieldView, mastheadFieldView } from '../nodeviews/labelledField';
import { NumberedBlockView } from '../nodeviews/numberedBlock';

const nodeViewsKey = new PluginKey('nodeViews');

/**
 * The custom renderings: numbered blocks (headings, numbered paragraphs) and action records that
 * show computed labels, action and masthead fields with their labels, and footnotes.
 */
export function nodeViewsPlugin(): Plugin {
  return new Plugin({
    key: nodeViewsKey,
    props: {
      nodeViews: {
        heading: (node, view, getPos) => new NumberedBlockView(node, view, getPos),
        numbered_paragraph: (node, view, getPos) => new NumberedBlockView(node, view, getPos),
        action_record: (node, view, getPos) => new ActionRecordView(node, view, getPos),
        action_field: (node) => actionFieldView(node),
        masthead_field: (node) => mastheadFieldView(node),
        footnote: (node, view, getPos) => new FootnoteView(node, view, getPos),
      },
    },
  });
}
