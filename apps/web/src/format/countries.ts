/** Countries of the union, in the order the filters offer them (their names are in the translations). */
export const unionCountryCodes = ['BY', 'RU', 'AM', 'KZ', 'KG'] as const;
