export { normalizeText } from './text/normalize-text';
export { tokenizeText, type TextToken, type TokenKind } from './text/tokenize-text';
export { analyzeText, baseOfCode, type AnalyzedToken } from './text/analyze-text';
export { stemWord } from './text/stem-word';
export { buildCharacterNgrams } from './text/character-ngrams';
export { mapLookAlikesToLatin, harmonizeWordScript } from './text/look-alike-letters';
export { catalogAbbreviations } from './text/catalog-abbreviations';
export {
  prepareQueryProfile,
  measureMatchFeatures,
  combineMatchFeatures,
  type MatchFeatures,
  type ProductTerm,
  type QueryProfile,
} from './text/measure-match-features';
export {
  createTextIndex,
  restoreTextIndex,
  type TextDocument,
  type TextField,
  type TextIndex,
  type TextIndexOptions,
  type TextIndexSnapshot,
  type TextIndexStatistics,
  type TextQuery,
  type TextSearchHit,
  type TextSearchOptions,
} from './text/text-index';
export { normalizePartNumber } from './part-numbers/normalize-part-number';
export { partNumberFamily } from './part-numbers/part-number-family';
export { comparePartNumbers, type PartNumberAgreement } from './part-numbers/compare-part-numbers';
export { expandPartDesignations } from './analogues/expand-part-designations';
export {
  AnalogueGraph,
  analogueGrades,
  type AnalogueEntry,
  type AnalogueGrade,
  type FoundAnalogue,
} from './analogues/analogue-graph';
export type { CatalogItem, MatchOptions, MatchQuery } from './matcher/catalog-item';
export type { MatchCandidate, MatchExplanation } from './matcher/match-explanation';
export { Matcher, type TextCutoff, type TextRetriever } from './matcher/matcher';
export { OpenLineIndex } from './matcher/open-line-index';
export { applyCatalogChanges } from './matcher/apply-catalog-changes';
export { extractTextParameters } from './matcher/extract-text-parameters';
export {
  assessCoverage,
  type CoverageProducer,
  type CoverageStatus,
  type ItemCoverage,
} from './programs/assess-coverage';
export { findOverlaps, type OverlapPair } from './programs/find-overlaps';
export { groupGaps, type GapGroup } from './programs/group-gaps';
