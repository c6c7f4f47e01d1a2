/** ISO 3166 alpha-2 codes accepted for organisations. Belarus and Russia first, then the other EAEU members. */
export const unionCountries = [
  { code: 'BY', nameRu: 'Беларусь', nameEn: 'Belarus' },
  { code: 'RU', nameRu: 'Россия', nameEn: 'Russia' },
  { code: 'AM', nameRu: 'Армения', nameEn: 'Armenia' },
  { code: 'KZ', nameRu: 'Казахстан', nameEn: 'Kazakhstan' },
  { code: 'KG', nameRu: 'Кыргызстан', nameEn: 'Kyrgyzstan' },
] as const;

export type UnionCountryCode = (typeof unionCountries)[number]['code'];

export const unionCountryCodes = unionCountries.map((country) => country.code) as [
  UnionCountryCode,
  ...UnionCountryCode[],
];

export function isUnionCountry(code: string): code is UnionCountryCode {
  return (unionCountryCodes as readonly string[]).includes(code);
}

/** Any ISO 3166 alpha-2 shape, for the origin country of a foreign part (DE, US, JP, CN …). */
export const countryCodePattern = /^[A-Z]{2}$/;

/** Countries Coopex names: the union first, then the usual origins of imported parts. */
export const knownCountries: ReadonlyArray<{ code: string; nameRu: string; nameEn: string }> = [
  ...unionCountries,
  { code: 'CN', nameRu: 'Китай', nameEn: 'China' },
  { code: 'DE', nameRu: 'Германия', nameEn: 'Germany' },
  { code: 'US', nameRu: 'США', nameEn: 'United States' },
  { code: 'JP', nameRu: 'Япония', nameEn: 'Japan' },
  { code: 'KR', nameRu: 'Республика Корея', nameEn: 'Korea, Republic of' },
  { code: 'TW', nameRu: 'Тайвань', nameEn: 'Taiwan' },
  { code: 'FR', nameRu: 'Франция', nameEn: 'France' },
  { code: 'IT', nameRu: 'Италия', nameEn: 'Italy' },
  { code: 'GB', nameRu: 'Великобритания', nameEn: 'United Kingdom' },
  { code: 'SE', nameRu: 'Швеция', nameEn: 'Sweden' },
  { code: 'CH', nameRu: 'Швейцария', nameEn: 'Switzerland' },
  { code: 'NL', nameRu: 'Нидерланды', nameEn: 'Netherlands' },
  { code: 'FI', nameRu: 'Финляндия', nameEn: 'Finland' },
  { code: 'AT', nameRu: 'Австрия', nameEn: 'Austria' },
  { code: 'CZ', nameRu: 'Чехия', nameEn: 'Czechia' },
  { code: 'PL', nameRu: 'Польша', nameEn: 'Poland' },
  { code: 'DK', nameRu: 'Дания', nameEn: 'Denmark' },
  { code: 'ES', nameRu: 'Испания', nameEn: 'Spain' },
  { code: 'IE', nameRu: 'Ирландия', nameEn: 'Ireland' },
  { code: 'IL', nameRu: 'Израиль', nameEn: 'Israel' },
  { code: 'IN', nameRu: 'Индия', nameEn: 'India' },
  { code: 'TR', nameRu: 'Турция', nameEn: 'Turkey' },
  { code: 'UZ', nameRu: 'Узбекистан', nameEn: 'Uzbekistan' },
  { code: 'CA', nameRu: 'Канада', nameEn: 'Canada' },
  { code: 'MY', nameRu: 'Малайзия', nameEn: 'Malaysia' },
  { code: 'SG', nameRu: 'Сингапур', nameEn: 'Singapore' },
  { code: 'PH', nameRu: 'Филиппины', nameEn: 'Philippines' },
  { code: 'TH', nameRu: 'Таиланд', nameEn: 'Thailand' },
  { code: 'VN', nameRu: 'Вьетнам', nameEn: 'Vietnam' },
  { code: 'MX', nameRu: 'Мексика', nameEn: 'Mexico' },
  { code: 'BE', nameRu: 'Бельгия', nameEn: 'Belgium' },
  { code: 'HU', nameRu: 'Венгрия', nameEn: 'Hungary' },
  { code: 'SK', nameRu: 'Словакия', nameEn: 'Slovakia' },
  { code: 'SI', nameRu: 'Словения', nameEn: 'Slovenia' },
  { code: 'NO', nameRu: 'Норвегия', nameEn: 'Norway' },
];

/** Extra spellings users type in spreadsheets. */
const countryAliases: Record<string, string> = {
  РБ: 'BY',
  'РЕСПУБЛИКА БЕЛАРУСЬ': 'BY',
  БЕЛОРУССИЯ: 'BY',
  РФ: 'RU',
  'РОССИЙСКАЯ ФЕДЕРАЦИЯ': 'RU',
  'RUSSIAN FEDERATION': 'RU',
  USA: 'US',
  'U.S.A.': 'US',
  'СОЕДИНЕННЫЕ ШТАТЫ': 'US',
  UK: 'GB',
  ENGLAND: 'GB',
  КОРЕЯ: 'KR',
  'SOUTH KOREA': 'KR',
  KOREA: 'KR',
  КНР: 'CN',
  ФРГ: 'DE',
};

/** Resolves a country written as an ISO code or a Russian or English name; undefined when unknown. */
export function resolveCountryCode(raw: string): string | undefined {
  const text = raw.trim().toUpperCase().replace(/Ё/g, 'Е');
  if (text.length === 0) return undefined;
  if (/^[A-Z]{2}$/.test(text)) return text;
  const alias = countryAliases[text];
  if (alias) return alias;
  return knownCountries.find(
    (country) =>
      country.nameRu.toUpperCase().replace(/Ё/g, 'Е') === text || country.nameEn.toUpperCase() === text,
  )?.code;
}
