export * from './area';
export * from './route-claim';
