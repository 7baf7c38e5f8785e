export * from './common';
export * from './auth';
export * from './station';
export * from './routing';
export * from './claim';
export * from './notification';
export * from './patterns';
export * from './staff';
