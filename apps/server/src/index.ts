export * from './build-server';
export * from './start-server';
