import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectTextEncoding, isAsciiOnly } from './detect-text-encoding';

describe('detectTextEncoding', () => {
  it('recognises UTF-8 with and without a byte order mark', () => {
    expect(detectTextEncoding({ sample: Buffer.from('\uFEFFНаименование;Цена\n') })).toEqual({
      encoding: 'utf-8',
      hasByteOrderMark: true,
    });
    expect(detectTextEncoding({ sample: Buffer.from('Наименование;Цена\n') })).toEqual({
      encoding: 'utf-8',
      hasByteOrderMark: false,
    });
  });

  it('recognises Windows-1251 Cyrillic as not UTF-8', () => {
    const sample = iconv.encode('Наименование;Количество\nБолт М8;100\n', 'win1251');
    expect(detectTextEncoding({ sample }).encoding).toBe('windows-1251');
  });

  it('does not mistake UTF-8 cut in the middle of a Cyrillic letter for Windows-1251', () => {
    const bytes = Buffer.from('Наименование;Цена\nБолт;1\n');
    // "Н" is two bytes; stop after its first one, as a sniff buffer boundary might.
    for (let end = 1; end < bytes.length; end += 1) {
      expect(detectTextEncoding({ sample: bytes.subarray(0, end) }).encoding).toBe('utf-8');
    }
  });

  it('rejects UTF-16 and binary data instead of decoding garbage', () => {
    expect(() => detectTextEncoding({ sample: Buffer.from([0xff, 0xfe, 0x41, 0x00]) })).toThrow(/UTF-16/);
    expect(() => detectTextEncoding({ sample: Buffer.from([0x41, 0x00, 0x42]) })).toThrow(/binary data/);
  });

  it('treats an ASCII-only sample as undecided', () => {
    expect(isAsciiOnly(Buffer.from('name,qty\n'))).toBe(true);
    expect(isAsciiOnly(Buffer.from('имя,qty\n'))).toBe(false);
  });
});
