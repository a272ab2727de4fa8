export {
  alignBlocks,
  type AlignedEntry,
  type Alignment,
  type BlockPair,
  type PairReason,
} from './align';
export {
  compareDocuments,
  type Change,
  type ChangeKind,
  type CompareMeta,
  type Comparison,
} from './compare';
export { diffWords, tokenize, type WordDiff } from './words';
export { diffSequence, type DiffRun } from './sequence';
