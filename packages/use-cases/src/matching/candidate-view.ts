import type { MatchExplanation } from '@coopex/matching';

/** A ranked candidate as the API and the CLI show it: the product, its supplier, the score and the reasons. */
export interface CandidateView {
  rank: number;
  productId: string;
  externalId: string | null;
  name: string;
  nameEn: string | null;
  partNumber: string | null;
  manufacturer: string | null;
  tnved: string | null;
  okpd2: string | null;
  supplier: { id: string; name: string; nameEn: string | null; country: string };
  score: number;
  summary: string;
  explanation: MatchExplanation;
  failed: string[];
}
