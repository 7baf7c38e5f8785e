export * from './labels';
export * from './enums';
export * from './errors';
export * from './case/status';
export * from './routing';
export * from './schemas';
export * from './mask';
export * from './links';
