import { describe, expect, it } from 'vitest';
import { AnalogueGraph, type AnalogueEntry } from './analogue-graph';
import { expandPartDesignations } from './expand-part-designations';

const entry = (foreignPart: string, domesticPart: string, grade: AnalogueEntry['grade']): AnalogueEntry => ({
  foreignPart,
  foreignManufacturer: 'Texas Instruments',
  domesticPart,
  domesticManufacturer: 'Интеграл',
  grade,
  source: 'справочник',
});

describe('analogue designations', () => {
  it('expands the compact forms of reference books', () => {
    expect(expandPartDesignations('140УД5А,Б')).toEqual(['140УД5А', '140УД5Б']);
    expect(expandPartDesignations('588ВУ2А-В')).toEqual(['588ВУ2А', '588ВУ2Б', '588ВУ2В']);
    expect(expandPartDesignations('КР1533ЛА3, КР1533ЛА8')).toEqual(['КР1533ЛА3', 'КР1533ЛА8']);
    expect(expandPartDesignations('LM358')).toEqual(['LM358']);
  });
});

describe('AnalogueGraph', () => {
  it('finds the domestic analogue of a foreign part and the foreign part of a domestic one', () => {
    const graph = new AnalogueGraph();
    graph.add(entry('NE555', 'КР1006ВИ1', 'drop-in'));
    expect(graph.findAnalogues('NE555').map((found) => [found.partNumber, found.grade])).toEqual([
      ['КР1006ВИ1', 'drop-in'],
    ]);
    expect(graph.findAnalogues('кр1006ви1')[0]?.partNumber).toBe('NE555');
  });

  it('looks a suffixed part up through its family', () => {
    const graph = new AnalogueGraph();
    graph.add(entry('LM358', 'КР1040УД1', 'pin-compatible'));
    expect(graph.findAnalogues('LM358DR').map((found) => found.partNumber)).toEqual(['КР1040УД1']);
  });

  it('merges chains into groups with the weakest grade along the way', () => {
    const graph = new AnalogueGraph();
    graph.add(entry('UA741', '140УД7', 'drop-in'));
    graph.add(entry('LM741', '140УД7', 'functional'));
    const found = graph.findAnalogues('UA741');
    expect(found.find((analogue) => analogue.partNumber === 'LM741')).toMatchObject({ grade: 'functional' });
    expect(found.find((analogue) => analogue.partNumber === '140УД7')?.path).toHaveLength(1);
  });

  it('prefers the strongest chain when two lead to the same part', () => {
    const graph = new AnalogueGraph();
    graph.add(entry('A100', 'Б200', 'functional'));
    graph.add(entry('A100', 'В300', 'drop-in'));
    graph.add(entry('Г400', 'В300', 'drop-in'));
    graph.add(entry('Г400', 'Б200', 'drop-in'));
    expect(graph.findAnalogues('A100').find((found) => found.partNumber === 'Б200')?.grade).toBe('drop-in');
  });

  it('expands compact entries into several analogues', () => {
    const graph = new AnalogueGraph();
    graph.add(entry('AD711', '140УД5А,Б', 'functional'));
    expect(graph.findAnalogues('AD711').map((found) => found.partNumber)).toEqual(['140УД5А', '140УД5Б']);
  });

  it('does not link parts that share no entry', () => {
    const graph = new AnalogueGraph();
    graph.add(entry('NE555', 'КР1006ВИ1', 'drop-in'));
    graph.add(entry('LM358', 'КР1040УД1', 'drop-in'));
    expect(graph.findAnalogues('NE555').map((found) => found.partNumber)).not.toContain('КР1040УД1');
    expect(graph.findAnalogues('LM35')).toEqual([]);
  });
});
