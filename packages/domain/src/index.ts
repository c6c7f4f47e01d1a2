export * from './errors';
export * from './countries';
export * from './parameters';
export * from './organisation';
export * from './product';
export * from './demand';
export * from './demand-status';
