import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter';

describe('detectDelimiter', () => {
  it('finds semicolon, comma and tab on the header line', () => {
    expect(detectDelimiter({ text: 'Наименование;Цена;Валюта\n1,5;2,5;3\n' })).toBe(';');
    expect(detectDelimiter({ text: 'name,price,currency\n' })).toBe(',');
    expect(detectDelimiter({ text: 'name\tprice\tcurrency\n' })).toBe('\t');
  });

  it('does not count delimiters inside quoted header names', () => {
    expect(detectDelimiter({ text: '"Цена, руб.";"Срок, дн";"Кол-во, шт"\n' })).toBe(';');
    expect(detectDelimiter({ text: '"a;b;c;d",x,y\n' })).toBe(',');
  });

  it('looks only at the header line, not at the data below it', () => {
    expect(detectDelimiter({ text: 'name,price\n"x";"y";"z";"w"\n' })).toBe(',');
  });

  it('skips leading blank lines before the header', () => {
    expect(detectDelimiter({ text: '\r\n\r\nname;price\r\n' })).toBe(';');
  });

  it('chooses a tab for a one-column table so commas in the data do not split it', () => {
    expect(detectDelimiter({ text: 'Наименование\nБолт, оцинкованный\n' })).toBe('\t');
  });

  it('prefers the semicolon on a tie', () => {
    expect(detectDelimiter({ text: 'a;b,c\n' })).toBe(';');
  });
});
