export * from './classifier-entry';
export { describeTnvedLines, type DescribedTnvedLine, type TnvedLine } from './describe-tnved-lines';
export { detectClassifierFormat, classifierFormats, type ClassifierFormat } from './detect-classifier-format';
export { parseClassifierFile } from './parse-classifier-file';
export { parseHsCsv, type ParseHsCsvOptions } from './parse-hs-csv';
export { parseOkpd2Json } from './parse-okpd2-json';
export { parseTnvedFtsFile, type TnvedFtsTable } from './parse-tnved-fts-file';
export { parseTnvedJson } from './parse-tnved-json';
export { toSectionCode } from './to-section-code';
