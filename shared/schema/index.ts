import { Schema } from 'prosemirror-model';
import { marks } from './marks';
import { nodes } from './nodes';

/** The one schema of an Accord document, shared by editor, services, export and diff. */
export const schema = new Schema({ nodes, marks });

export { nodes } from './nodes';
export { marks } from './marks';
export * from './fields';
