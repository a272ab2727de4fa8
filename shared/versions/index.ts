export { canonicalJson, hashBlock, hashNode, hashString } from './hash';
export {
  checkVersions,
  loadVersion,
  pruneUnusedBlocks,
  saveVersion,
  type VersionInput,
} from './store';
export { displayName, displayTime, findVersion } from './names';
export { restoreVersion, type Restored } from './restore';
export { versionSummary } from './summary';
