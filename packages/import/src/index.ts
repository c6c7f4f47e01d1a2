export * from './classifiers';
export * from './tabular';
export * from './rows/row-problem';
export * from './rows/bind-columns';
export * from './rows/convert-rows';
export * from './analogues/read-analogue-table';
