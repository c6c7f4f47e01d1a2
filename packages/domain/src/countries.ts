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
