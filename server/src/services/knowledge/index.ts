import type { DataSource } from 'typeorm';
import type { DataProtector } from '../../adapters/crypto';
import { KnowledgeAsk } from './ask';
import { KnowledgeEditor } from './editor';
import { CaseToKnowledge } from './from-case';
import type { LlmOptions } from './llm';
import { KnowledgeReader } from './reader';
import { KnowledgeIndex } from './search-index';

export type { LlmOptions } from './llm';

/**
 * The library of laws, policies, classes and typical cases (issue 13): the public reader and
 * search, the legal Q&A, the editors' workflow and the anonymised case drafts.
 */
export class KnowledgeService {
  readonly index: KnowledgeIndex;
  readonly reader: KnowledgeReader;
  readonly editor: KnowledgeEditor;
  readonly fromCase: CaseToKnowledge;
  readonly qa: KnowledgeAsk;

  constructor(ds: DataSource, protector: DataProtector, llm: LlmOptions | null) {
    this.index = new KnowledgeIndex(ds);
    this.reader = new KnowledgeReader(ds, this.index);
    this.editor = new KnowledgeEditor(ds, this.index);
    this.fromCase = new CaseToKnowledge(ds, protector, this.editor);
    this.qa = new KnowledgeAsk(this.index, this.reader, llm);
  }
}
