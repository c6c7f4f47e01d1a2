export * from './actor';
export * from './access-rules';
export * from './capacity-band';
