export { buildExportModel } from './buildExportModel';
export { runsText } from './inline';
export { detachedNote, initialsOf } from './threads';
export type * from './types';
