/** The statutory calculators (legal-rules.md §3, §7 items 10-15). Names and shapes are a contract. */
export type { CalcStep } from './citations';
export { addMonths } from './calendar';
export * from './compensation';
export * from './triggers';
export * from './double-wages';
export * from './wages';
export * from './work-injury';
export * from './figures';
export * from './unpaid-wages';
export * from './fairness';
