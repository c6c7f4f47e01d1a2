import type { AnalogueGrade } from '../analogues/analogue-graph';
import type { PartNumberAgreement } from '../part-numbers/compare-part-numbers';
import type { ParameterVerdict } from './check-parameters';

/** Why a product was proposed: one entry per criterion that applied, each with its own score in [0, 1]. */
export interface MatchExplanation {
  /** score: next to the best text hit of the query; coverage: the share of the query's words (by rarity) found. */
  text: { score: number; coverage: number | null; matchedTerms: string[] } | null;
  classification: {
    score: number;
    system: 'tnved' | 'okpd2';
    level: string;
    requested: string;
    offered: string;
  } | null;
  partNumber: { score: number; agreement: PartNumberAgreement; requested: string; offered: string } | null;
  analogue: {
    score: number;
    requested: string;
    analogue: string;
    /** The product's own part number: the analogue itself or a part of its family. */
    offered: string;
    manufacturer: string | null;
    grade: AnalogueGrade;
    source: string | null;
  } | null;
  parameters: { score: number; verdicts: ParameterVerdict[] } | null;
  capacity: {
    score: number;
    share: number;
    offeredPerYear: number;
    requestedPerYear: number;
    unit: string;
  } | null;
  leadTime: { score: number; leadTimeDays: number; readyBy: string; neededBy: string } | null;
  country: { score: number; country: string; isCounterpart: boolean };
}

export interface MatchCandidate {
  key: string;
  organisationId: string;
  country: string;
  name: string;
  partNumber: string | null;
  score: number;
  /** The score before failed requirements halve it: how alike the product is, whatever it fails. */
  relevance: number;
  explanation: MatchExplanation;
  /** Hard requirements the product does not meet, in words: shown apart, never dropped. */
  failed: string[];
  /** One line for people: "matches on part number family and code; fails: temperature range". */
  summary: string;
}
