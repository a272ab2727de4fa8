import { Plugin, PluginKey } from 'prosemirror-state';
import { ActionRecordView } from '../nodeviews/actionRecord';
import { FootnoteView } from '../nodeviews/footnote';
import { actionFieldView, mastheadFieldView } from '../nodeviews/labelledField';

const nodeViewsKey = new PluginKey('nodeViews');

/** The custom renderings: action records, their fields, masthead fields and footnotes. */
export function nodeViewsPlugin(): Plugin {
  return new Plugin({
    key: nodeViewsKey,
    props: {
      nodeViews: {
        action_record: (node, view, getPos, decorations) =>
          new ActionRecordView(node, view, getPos, decorations),
        action_field: (node) => actionFieldView(node),
        masthead_field: (node) => mastheadFieldView(node),
        footnote: (node, view, getPos, decorations) =>
          new FootnoteView(node, view, getPos, decorations),
      },
    },
  });
}
