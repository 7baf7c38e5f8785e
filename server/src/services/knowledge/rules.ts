import { findPersonalData, type KnowledgeContent, type KnowledgeKind, type PersonalDataFinding } from '@gig/shared';
import { AppError, fieldError } from '../../errors';

/**
 * What an entry's content must hold for its kind (checked on every write): an article names its
 * law and number and its source with the version date; a policy its source; a typical case its
 * facts, and, unless it is an example (示例), the publication it comes from and its date.
 */
export function checkContent(kind: KnowledgeKind, c: KnowledgeContent, at = '/body'): void {
  if (kind === 'article') {
    if (!c.law) throw fieldError(`${at}/law`, 'required', 'a statute article names its law (e.g. 劳动合同法)');
    if (!c.article) throw fieldError(`${at}/article`, 'required', 'a statute article has its number');
    if (!c.source?.versionDate)
      throw fieldError(
        `${at}/source/versionDate`,
        'required',
        "a statute article names its source and the version's date",
      );
  } else if (c.law || c.article) {
    throw fieldError(`${at}/article`, 'kind', 'only a statute article has a law and an article number');
  }
  if (kind === 'policy' && !c.source) throw fieldError(`${at}/source`, 'required', 'a policy guide names its source');
  if (kind === 'case') {
    if (!c.case)
      throw fieldError(`${at}/case`, 'required', 'a typical case has its facts, focus, outcome and reasoning');
    if (!c.example && !(c.source && (c.source.versionDate || c.case.decidedOn)))
      throw fieldError(
        `${at}/source`,
        'required',
        'a typical case that is not an example (示例) names its publication and date; a case you cannot source is an example',
      );
  } else {
    if (c.case) throw fieldError(`${at}/case`, 'kind', 'only a typical case has case parts');
    if (c.example) throw fieldError(`${at}/example`, 'kind', 'only a typical case can be an example');
  }
}

export interface FieldFinding extends PersonalDataFinding {
  field: string;
}

/** Personal data the automatic check finds in a case's texts (must be none before it is published). */
export function personalDataIn(c: KnowledgeContent, knownNames: readonly string[] = []): FieldFinding[] {
  const texts: [string, string][] = [
    ['title', c.title],
    ['body', c.body],
    ['case/facts', c.case?.facts ?? ''],
    ['case/disputeFocus', c.case?.disputeFocus ?? ''],
    ['case/reasoning', c.case?.reasoning ?? ''],
  ];
  return texts.flatMap(([field, text]) => findPersonalData(text, knownNames).map((f) => ({ ...f, field })));
}

export function refuseIfPersonalData(c: KnowledgeContent): void {
  const findings = personalDataIn(c);
  if (findings.length) throw new AppError('PERSONAL_DATA_LEFT', { details: { findings } });
}
