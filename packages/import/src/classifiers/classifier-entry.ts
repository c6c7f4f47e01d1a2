/**
 * The common record every classifier parser yields, whatever the source file looks like.
 *
 * Level mapping (each system keeps the names its own documents use, so a reader of the official text finds them):
 * - TN VED EAEU (`tnved`): section (раздел, Roman numeral 'I'..'XXII') → chapter (группа, '01') → heading
 *   (товарная позиция, '0101') → subheading (субпозиция, '010121') → item (подсубпозиция, '0101210000').
 * - Harmonized System (`hs`): section ('I'..'XXI') → chapter ('01') → heading ('0101') → subheading ('010121').
 * - OKPD2 (`okpd2`), as in ОК 034-2014: section (раздел, letter 'A'..'U', only when a file gives it) → class ('26')
 *   → subclass ('26.1') → group ('26.11') → subgroup ('26.11.3') → kind ('26.11.30') → category
 *   ('26.11.30.000', last digit 0) → subcategory ('26.11.30.110', last digit not 0).
 */
export const classifierSystems = ['tnved', 'okpd2', 'hs'] as const;
export type ClassifierSystem = (typeof classifierSystems)[number];

export const classifierLevels = [
  'section',
  'chapter',
  'heading',
  'subheading',
  'item',
  'class',
  'subclass',
  'group',
  'subgroup',
  'kind',
  'category',
  'subcategory',
] as const;
export type ClassifierLevel = (typeof classifierLevels)[number];

export interface ClassifierEntry {
  system: ClassifierSystem;
  /** TN VED 'I' / '01' / '0101' / '010121' / '0101210000'; OKPD2 dotted '26.11.30.000' or a section letter; HS 'I' / '01' / '0101' / '010121' */
  code: string;
  parentCode: string | null;
  level: ClassifierLevel;
  nameRu: string | null;
  nameEn: string | null;
  /** For TN VED items: the heading name joined with the item's own name (and any grouping lines the file gives), readable on its own */
  fullNameRu?: string | null;
  /** yyyy-mm-dd */
  validFrom: string | null;
  /** yyyy-mm-dd; null while the version is still in force */
  validTo: string | null;
}
