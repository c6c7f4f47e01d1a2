import { AppError } from '@coopex/domain';

export type TextEncoding = 'utf-8' | 'windows-1251';

/**
 * Tells UTF-8 from Windows-1251, the two encodings Russian-language CSV files come in
 * ("CSV UTF-8" and plain "CSV" from a Russian Excel). Cyrillic in Windows-1251 is almost never
 * valid UTF-8, so a strict UTF-8 decode of the sample decides.
 *
 * The sample is the first bytes of a longer file and may end in the middle of a multi-byte
 * character; decoding in streaming mode keeps that incomplete tail pending instead of calling it
 * invalid, so such a cut never turns a UTF-8 file into Windows-1251.
 */
export function detectTextEncoding({ sample }: { sample: Uint8Array }): {
  encoding: TextEncoding;
  hasByteOrderMark: boolean;
} {
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    throw new AppError(
      'unsupported_file_format',
      'UTF-16 text files ("Unicode text") are not supported: save as "CSV UTF-8" or .xlsx',
    );
  }
  if (sample.includes(0)) {
    throw new AppError(
      'unsupported_file_format',
      'The file is not a CSV text file (it contains binary data): save as .xlsx or CSV',
    );
  }
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { encoding: 'utf-8', hasByteOrderMark: true };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { encoding: 'utf-8', hasByteOrderMark: false };
  } catch {
    return { encoding: 'windows-1251', hasByteOrderMark: false };
  }
}

/** A sample of plain ASCII says nothing about the encoding: both decode it alike. */
export function isAsciiOnly(sample: Uint8Array): boolean {
  return sample.every((byte) => byte < 0x80);
}
