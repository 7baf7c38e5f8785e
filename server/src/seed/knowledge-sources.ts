import type { KnowledgeSource } from '@gig/shared';

/** The statutes the seeded articles come from: issuer, version and the official database. */
const FLK = 'https://flk.npc.gov.cn';
const NPCSC = '全国人民代表大会常务委员会';
export const LDMAL: KnowledgeSource = {
  title: '中华人民共和国劳动争议调解仲裁法',
  issuer: NPCSC,
  url: FLK,
  versionDate: '2007-12-29',
  effectiveDate: '2008-05-01',
};
export const LCL: KnowledgeSource = {
  title: '中华人民共和国劳动合同法（2012年修正）',
  issuer: NPCSC,
  url: FLK,
  versionDate: '2012-12-28',
  effectiveDate: '2013-07-01',
};
export const LABOUR_LAW: KnowledgeSource = {
  title: '中华人民共和国劳动法（2018年修正）',
  issuer: NPCSC,
  url: FLK,
  versionDate: '2018-12-29',
  effectiveDate: '2018-12-29',
};
export const PML: KnowledgeSource = {
  title: '中华人民共和国人民调解法',
  issuer: NPCSC,
  url: FLK,
  versionDate: '2010-08-28',
  effectiveDate: '2011-01-01',
};
export const LCL_RULES: KnowledgeSource = {
  title: '中华人民共和国劳动合同法实施条例',
  issuer: '国务院',
  documentNumber: '国务院令第535号',
  url: FLK,
  versionDate: '2008-09-18',
  effectiveDate: '2008-09-18',
};
export const INJURY: KnowledgeSource = {
  title: '工伤保险条例（2010年修订）',
  issuer: '国务院',
  documentNumber: '国务院令第586号',
  url: FLK,
  versionDate: '2010-12-20',
  effectiveDate: '2011-01-01',
};
