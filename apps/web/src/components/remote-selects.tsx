import { useQueries, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifiersApi, organisationsApi } from '../api/coopex-api';
import type { OrganisationKind } from '../api/types';
import { useOrganisation, useOrganisationLabel } from './organisation-name';
import { useDebouncedValue } from './use-debounced-value';

/**
 * Organisations found by the server as the user types (never the whole register in the browser); the chosen one is
 * fetched by id so its name shows even when it is not among the current results.
 */
export function OrganisationSelect({
  value,
  onChange,
  kind,
  country,
  id,
  placeholder,
}: {
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
  kind?: OrganisationKind;
  /** Only organisations of this country are offered (a country chosen beside it would leave the others empty). */
  country?: string | undefined;
  id?: string;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const label = useOrganisationLabel();
  const selected = useOrganisation(value);
  const found = useQuery({
    queryKey: ['organisations', 'search', kind, country, debounced],
    queryFn: () =>
      organisationsApi.list({ q: debounced || undefined, kind, country }, { page: 1, pageSize: 20 }),
    staleTime: 60_000,
  });
  const options = (found.data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: `${label(organisation)} (${organisation.country})`,
  }));
  if (selected.data && !options.some((option) => option.value === selected.data.id)) {
    options.unshift({ value: selected.data.id, label: `${label(selected.data)} (${selected.data.country})` });
  }
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      placeholder={placeholder ?? t('common.any')}
      onChange={(next: string | undefined) => onChange?.(next)}
      onClear={() => setSearch('')}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
}

/**
 * Several organisations, found by the server as the user types. The chosen ones are fetched by id (and cached with
 * every other organisation name), so a selection made earlier keeps its names. `exclude` leaves some out: the
 * owner of a hot list, say, who always sees it.
 */
export function OrganisationsSelect({
  value,
  onChange,
  exclude = [],
  id,
  placeholder,
  disabled,
}: {
  value?: string[] | undefined;
  onChange?: (value: string[]) => void;
  exclude?: readonly string[];
  id?: string;
  placeholder?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const label = useOrganisationLabel();
  const chosen = value ?? [];
  const found = useQuery({
    queryKey: ['organisations', 'search', undefined, undefined, debounced],
    queryFn: () => organisationsApi.list({ q: debounced || undefined }, { page: 1, pageSize: 20 }),
    staleTime: 60_000,
    enabled: !disabled,
  });
  const selected = useQueries({
    queries: chosen.map((organisationId) => ({
      queryKey: ['organisation', organisationId],
      queryFn: () => organisationsApi.get(organisationId),
      staleTime: 10 * 60_000,
    })),
  });
  const options = (found.data?.items ?? [])
    .filter((organisation) => !exclude.includes(organisation.id))
    .map((organisation) => ({
      value: organisation.id,
      label: `${label(organisation)} (${organisation.country})`,
    }));
  chosen.forEach((organisationId, index) => {
    if (options.some((option) => option.value === organisationId)) return;
    const organisation = selected[index]?.data;
    options.unshift({
      value: organisationId,
      label: organisation ? `${label(organisation)} (${organisation.country})` : t('common.loading'),
    });
  });
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setSearch, autoClearSearchValue: true }}
      allowClear
      disabled={disabled}
      value={chosen}
      placeholder={placeholder}
      onChange={(next: string[]) => onChange?.(next)}
      onClear={() => setSearch('')}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      options={options}
    />
  );
}

/** TN VED codes found by code prefix or by words of their names; digits typed are offered as a prefix as they are. */
export function TnvedSelect({
  value,
  onChange,
  id,
}: {
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const found = useQuery({
    queryKey: ['classifier', 'tnved', 'search', debounced],
    queryFn: () => classifiersApi.search('tnved', debounced, 20),
    enabled: debounced.length > 0,
    staleTime: 5 * 60_000,
  });
  const nameOf = (node: { nameRu: string | null; nameEn: string | null }) =>
    (i18n.language === 'en' ? (node.nameEn ?? node.nameRu) : (node.nameRu ?? node.nameEn)) ?? '';
  const options = (found.data?.items ?? [])
    .filter((node) => /^\d{2,10}$/.test(node.code))
    .map((node) => ({ value: node.code, label: `${node.code} — ${nameOf(node)}` }));
  if (/^\d{2,10}$/.test(debounced) && !options.some((option) => option.value === debounced)) {
    options.unshift({ value: debounced, label: t('catalog.codeStartsWith', { code: debounced }) });
  }
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: t('catalog.codeStartsWith', { code: value }) });
  }
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      placeholder={t('catalog.tnvedPlaceholder')}
      onChange={(next: string | undefined) => onChange?.(next)}
      loading={found.isFetching}
      notFoundContent={debounced ? t('common.nothingFound') : t('catalog.tnvedHint')}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
}
