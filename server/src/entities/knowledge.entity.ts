import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseOutcome, KnowledgeContent, KnowledgeKind, KnowledgeStatus } from '@gig/shared';
import { CreatedAt, Identified, UpdatedAt, enumColumn, timestamp } from './columns';

/**
 * One entry of the library (issue 13): a statute article, a policy guide, a legal class or a
 * typical case. The row holds where its latest version stands and, once published, the published
 * version's content and the columns the public filters read (claim types, industries, outcome).
 * Every version's content is a `knowledge_versions` row; the search index is `knowledge_terms`.
 */
@Entity('knowledge_entries')
@Index('ix_knowledge_entries_article', ['law', 'article'])
@Index('ix_knowledge_entries_published', ['publishedVersion', 'kind', 'publishedAt'])
export class KnowledgeEntryEntity extends Identified {
  @Column(enumColumn(16))
  kind!: KnowledgeKind;

  /** The latest version's status. */
  @Column(enumColumn(16))
  status!: KnowledgeStatus;

  @Column({ type: 'int' })
  latestVersion!: number;

  @Column({ type: 'int', nullable: true })
  publishedVersion!: number | null;

  /** The latest version's title, law and article (the editor's list). */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  law!: string | null;

  @Column({ type: 'int', nullable: true })
  article!: number | null;

  /** The published version's claim types and industries, space-separated with a space at each end. */
  @Column({ type: 'varchar', length: 300, default: '' })
  claimTypes!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  industries!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome!: CaseOutcome | null;

  @Column({ type: 'boolean', default: false })
  example!: boolean;

  /** The published version's indexed length (sum of its term weights), for BM25. */
  @Column({ type: 'int', default: 0 })
  length!: number;

  @Column({ type: 'simple-json', nullable: true })
  published!: KnowledgeContent | null;

  @Column(timestamp(true))
  publishedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/** One version of an entry's content. Published versions are never changed; an edit is the next version. */
@Entity('knowledge_versions')
@Index('uq_knowledge_versions', ['entryId', 'version'], { unique: true })
export class KnowledgeVersionEntity extends Identified {
  @Column({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column(enumColumn(16))
  status!: KnowledgeStatus;

  /** Published once, then replaced by a later published version. */
  @Column({ type: 'boolean', default: false })
  superseded!: boolean;

  @Column({ type: 'simple-json' })
  content!: KnowledgeContent;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  publishedBy!: string | null;

  @Column(timestamp(true))
  publishedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/**
 * The search index: each term (a jieba-segmented word) of a published entry with its weight (its
 * count, titles and keywords counting more). Search reads the rows of the question's terms and
 * ranks the candidates by BM25; the same SQL runs on SQLite and MariaDB.
 */
@Entity('knowledge_terms')
// Covering: loading the in-memory index reads every entry's terms and weights from this index alone.
@Index('ix_knowledge_terms_entry_terms', ['entryId', 'term', 'weight'])
export class KnowledgeTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  term!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  entryId!: string;

  @Column({ type: 'int' })
  weight!: number;
}
