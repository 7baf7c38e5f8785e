/** The library of laws, policies, legal classes and typical cases, and the legal Q&A (issue 13). */
export * from './kinds';
export * from './anonymise';
export * from './numerals';
export * from './markdown';
