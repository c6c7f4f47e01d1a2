import { describe, expect, it } from 'vitest';
import { comparePartNumbers } from './compare-part-numbers';
import { normalizePartNumber } from './normalize-part-number';
import { partNumberFamily } from './part-number-family';

describe('part numbers', () => {
  it('ignores case, separators and Cyrillic/Latin look-alike letters', () => {
    expect(normalizePartNumber('КР1006ВИ1')).toBe(normalizePartNumber('kp 1006-ви1'));
    expect(normalizePartNumber('Mann W 712/75')).toBe('MANNW71275');
    expect(comparePartNumbers('6ES7 214-1AG40-0XB0', '6ES7214-1AG40-0XB0')).toBe('exact');
    expect(comparePartNumbers('ТL431', 'TL431')).toBe('exact');
  });

  it('finds the family behind package and grade suffixes', () => {
    expect(partNumberFamily('LM358DR')).toBe('LM358');
    expect(partNumberFamily('LM358N')).toBe('LM358');
    expect(partNumberFamily('TL431AIDBZR')).toBe('TL431');
    expect(partNumberFamily('NE555P')).toBe('NE555');
    expect(partNumberFamily('STM32F103C8T6')).toBe('STM32F103');
    expect(partNumberFamily('КР1006ВИ1')).toBe(partNumberFamily('1006ВИ1'));
    expect(partNumberFamily('140УД6А')).toBe(partNumberFamily('140УД6Б'));
    expect(partNumberFamily('6205-2RSH')).toBe('6205');
  });

  it('matches a part of the same family with another package', () => {
    expect(comparePartNumbers('LM358DR', 'LM358N')).toBe('family');
    expect(comparePartNumbers('STM32F103C8T6', 'STM32F103RBT6')).toBe('family');
    expect(comparePartNumbers('1986ВЕ92Т', '1986ВЕ92У')).toBe('family');
    expect(comparePartNumbers('LM358', 'LM358DR')).toBe('prefix');
  });

  it('does not match a look-alike number of another family', () => {
    expect(comparePartNumbers('LM35', 'LM358')).toBeNull();
    expect(comparePartNumbers('LM358DR', 'LM35DZ')).toBeNull();
    expect(comparePartNumbers('TL431', 'TL432')).toBeNull();
    expect(comparePartNumbers('140УД6А', '140УД7А')).toBeNull();
    expect(comparePartNumbers('STM32F103C8T6', 'STM32F107VCT6')).toBeNull();
    expect(comparePartNumbers('6205-2RS', '6206-2RS')).toBeNull();
    expect(comparePartNumbers('ВК-1200-166', 'ВК-1200-165')).toBeNull();
    expect(comparePartNumbers('5320-3501106', '5320-3501105')).toBeNull();
    expect(comparePartNumbers('5559ИН11АУ', '5559ИН10АУ')).toBeNull();
    expect(comparePartNumbers('1.2-45×65-2', '1.2-45×65-1')).toBeNull();
  });

  it('does not compare numbers too short to mean anything', () => {
    expect(comparePartNumbers('A1', 'A1')).toBeNull();
  });
});
