import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationsApi } from '../api/coopex-api';
import type { Organisation } from '../api/types';

/** The organisation's name in the interface language (the English name when there is one). */
export function useOrganisationLabel(): (organisation: Pick<Organisation, 'nameRu' | 'nameEn'>) => string {
  const { i18n } = useTranslation();
  return (organisation) =>
    i18n.language === 'en' && organisation.nameEn ? organisation.nameEn : organisation.nameRu;
}

export function useOrganisation(id: string | null | undefined) {
  return useQuery({
    queryKey: ['organisation', id],
    queryFn: () => organisationsApi.get(id as string),
    enabled: Boolean(id),
    // Names change rarely; a table of 50 rows from a few suppliers asks once per supplier.
    staleTime: 10 * 60_000,
  });
}

/** An organisation named by id: each distinct id is fetched once and cached, so pages never load every supplier. */
export function OrganisationName({ id }: { id: string | null | undefined }) {
  const query = useOrganisation(id);
  const label = useOrganisationLabel();
  if (!id) return <span>—</span>;
  if (!query.data) return <span className="muted">…</span>;
  return <span>{label(query.data)}</span>;
}
