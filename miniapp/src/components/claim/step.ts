import type { ReactNode } from 'react';
import type { Draft } from '../../draft';

/** What the page hands each step of the wizard: the claim so far, a way to change it, and its problems. */
export interface StepProps {
  body: Draft['body'];
  set: (patch: Partial<Draft['body']>) => void;
  /** The problem with the field at `path` in the worker's words, once shown; else nothing. */
  err: (path: string) => ReactNode;
  /** The input's class, marked when the field at `path` has a problem shown. */
  cls: (path: string) => string;
}
