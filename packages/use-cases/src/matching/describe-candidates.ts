import type { Repositories } from '@coopex/db';
import type { MatchExplanation } from '@coopex/matching';
import type { CandidateView } from './candidate-view';

/** Joins ranked candidates with their products and suppliers, keeping the rank order. */
export async function describeCandidates(options: {
  repositories: Repositories;
  candidates: Array<{
    key: string;
    score: number;
    explanation: MatchExplanation;
    failed: string[];
    summary: string;
  }>;
}): Promise<CandidateView[]> {
  const products = await options.repositories.products.findWithSuppliers(
    options.candidates.map((candidate) => candidate.key),
  );
  const byId = new Map(products.map((product) => [product.id, product]));
  return options.candidates.flatMap((candidate, index) => {
    const product = byId.get(candidate.key);
    if (!product) return [];
    return [
      {
        rank: index + 1,
        productId: product.id,
        externalId: product.externalId,
        name: product.nameRu,
        nameEn: product.nameEn,
        partNumber: product.partNumber,
        manufacturer: product.manufacturer,
        tnved: product.tnved,
        okpd2: product.okpd2,
        supplier: {
          id: product.organisationId,
          name: product.supplierName,
          nameEn: product.supplierNameEn,
          country: product.supplierCountry,
        },
        score: candidate.score,
        summary: candidate.summary,
        explanation: candidate.explanation,
        failed: candidate.failed,
      },
    ];
  });
}
