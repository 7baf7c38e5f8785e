import {
  CITY_AREAS,
  CLAIM_TYPE,
  DEADLINE_BASIS,
  EVIDENCE_CATEGORY,
  INDUSTRY,
  OUTLET_SHARING_CONSENT,
  WORK_MODE,
  chinaDate,
  chinaDateTime,
  chineseAmount,
  fenToYuan,
  maskIdNumber,
  maskPhone,
  type ClaimType,
  type EvidenceCategory,
  type LegalBasis,
} from '@gig/shared';
import type { DataSource } from 'typeorm';
import { CaseEventEntity, EvidenceFileEntity, StationEntity, type CaseEntity } from '../entities';
import { AppError } from '../errors';
import type { DataProtector } from '../adapters/crypto';
import { DocumentService } from './documents';

const zh = (label: { 'zh-CN': string } | undefined, fallback: string) => label?.['zh-CN'] ?? fallback;

/** "《劳动争议调解仲裁法》第14条：…" from the shared table of legal bases (no article typed here). */
const citation = (b: LegalBasis) => `《${b.law['zh-CN']}》第${b.article}条：${b.rule['zh-CN']}。`;

/**
 * 劳动争议调解申请书: the worker's mediation application as they filed it, for them to keep (the
 * copy the official services hand out). The same copy for the worker and for the staff who may
 * see the case: the ID number and the phone masked (legal-rules.md §6), since staff who need them
 * whole reveal them, audited. Evidence is listed with its SHA-256, so a file can later be shown
 * to be the one filed; sensitive files only to who may see them.
 */
export class ApplicationDocument {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly docs: DocumentService,
  ) {}

  async pdf(c: CaseEntity, opts: { sensitiveEvidence: boolean }, now = new Date()): Promise<Buffer> {
    if (c.purgedAt) throw new AppError('PERSONAL_DATA_PURGED');
    const [first, evidence] = await Promise.all([
      this.ds.getRepository(CaseEventEntity).findOne({ where: { caseId: c.id }, order: { seq: 'ASC' } }),
      this.ds.getRepository(EvidenceFileEntity).find({ where: { caseId: c.id }, order: { createdAt: 'ASC' } }),
    ]);
    // The station the claim was filed with (a later transfer does not change the application).
    const stationId = first?.stationId ?? c.stationId;
    const station = stationId ? await this.ds.getRepository(StationEntity).findOneBy({ id: stationId }) : null;

    const doc = this.docs.open(`劳动争议调解申请书 ${c.number}`);
    const width = doc.page.width - 112;
    const line = (label: string, value: string) => doc.text(`${label}：${value}`, { width });
    const heading = (text: string) =>
      doc.moveDown(0.5).fontSize(13).text(text, { width, underline: true }).fontSize(11);

    doc.fontSize(20).text('劳动争议调解申请书', { align: 'center' });
    doc.moveDown(0.4).fontSize(10).fillColor('#333');
    doc.text(`案件编号：${c.number}`, { align: 'center' });
    doc.text(`申请日期：${chinaDate(c.receivedAt)}`, { align: 'center' });
    doc.text(`受理调解组织：${station?.name ?? '—'}`, { align: 'center' });
    doc.fillColor('#000').fontSize(11);

    heading('申请人');
    line('姓名', this.protector.decrypt(c.claimantNameEnc));
    line('公民身份号码', maskIdNumber(this.protector.decrypt(c.idNumberEnc)));
    line('联系电话', maskPhone(this.protector.decrypt(c.phoneEnc)));

    heading('被申请人');
    const r = c.claim.respondent;
    line('名称', r.name);
    line('统一社会信用代码', r.creditCode ?? '（未填写）');
    if (r.outletName) line('网点/站点', r.outletName);
    if (r.outletAddress) line('地址', r.outletAddress);
    if (r.contactName || r.contactPhone) line('联系人', [r.contactName, r.contactPhone].filter(Boolean).join(' '));
    if (r.partnerName)
      line(
        '合作方/平台',
        `${r.partnerName}${r.partnerCreditCode ? `（统一社会信用代码 ${r.partnerCreditCode}）` : ''}`,
      );

    heading('工作情况');
    const area = CITY_AREAS.find((a) => a.code === c.areaCode);
    line('行业', zh(INDUSTRY.labels[c.industry], c.industry));
    line('接活方式', zh(WORK_MODE.labels[c.workMode], c.workMode));
    line('工作地区', area ? `${area.label['zh-CN']}（${c.areaCode}）` : c.areaCode);
    line('争议发生日期', c.claim.incidentDate);
    line(
      '劳动关系',
      c.claim.employmentOngoing
        ? '仍在工作'
        : `已结束${c.claim.employmentEndedOn ? `（${c.claim.employmentEndedOn}）` : ''}`,
    );

    heading('调解请求');
    c.claim.items.forEach((i, n) => {
      const type = zh(CLAIM_TYPE.labels[i.type as ClaimType], i.type);
      const period = i.periodFrom ? `（${i.periodFrom} 至 ${i.periodTo ?? '今'}）` : '';
      doc.text(
        `${n + 1}. 请求被申请人支付${type}${period}人民币 ${fenToYuan(i.amountFen)} 元${i.note ? `（${i.note}）` : ''}；`,
        {
          width,
          indent: 12,
        },
      );
    });
    doc.text(`以上合计人民币 ${fenToYuan(c.totalFen)} 元（大写：人民币${chineseAmount(c.totalFen)}）。`, {
      width,
      indent: 12,
    });

    heading('事实与理由');
    doc.text(c.claim.description, { width, indent: 24 });

    heading('法律援助');
    doc.text(c.legalAid ? '申请人申请法律援助。' : '申请人未申请法律援助。', { width });

    heading('证据清单');
    const files = evidence.filter(
      (e) => e.uploadedByType === 'worker' && e.category !== 'signature' && (!e.sensitive || opts.sensitiveEvidence),
    );
    if (!files.length) doc.text('（申请时未提交证据，可在调解中补充）', { width, indent: 12 });
    files.forEach((e, n) => {
      const what = zh(EVIDENCE_CATEGORY.labels[e.category as EvidenceCategory], e.category);
      const later = e.createdAt.getTime() > c.createdAt.getTime() ? `，${chinaDate(e.createdAt)}补充提交` : '';
      doc.text(`${n + 1}. ${what}：${e.originalName}（申请人提供${later}）`, { width, indent: 12 });
      doc.fontSize(8).fillColor('#333').text(`SHA-256：${e.sha256}`, { width, indent: 24 });
      doc.fontSize(11).fillColor('#000');
    });

    const consent = c.claim.outletConsent;
    if (consent) {
      heading('同意交由单位网点协商');
      doc.text(`申请人于 ${chinaDateTime(new Date(consent.at))} 单独同意（文本版本 ${consent.version}）：`, { width });
      if (consent.version === OUTLET_SHARING_CONSENT.version)
        doc.fontSize(10).text(OUTLET_SHARING_CONSENT.text['zh-CN'], { width, indent: 12 }).fontSize(11);
    }

    doc.moveDown(0.8).text(`此致\n${station?.name ?? '劳动争议调解组织'}`, { width });
    doc.moveDown(0.5).text(`申请人：${this.protector.decrypt(c.claimantNameEnc)}  ${chinaDate(c.receivedAt)}`, 300);
    doc.x = doc.page.margins.left;
    doc.moveDown(0.8).fontSize(10).fillColor('#333');
    doc.text(citation(DEADLINE_BASIS.mediation_window), { width });
    doc.text(citation(DEADLINE_BASIS.limitation), { width });
    doc.moveDown(1).fontSize(9).fillColor('#555');
    doc.text(`本申请书由系统根据您提交的内容生成。生成时间：${chinaDateTime(now)}（北京时间）`, { width });
    doc.text('申请人公民身份号码和联系电话已部分隐藏。', { width });
    return DocumentService.done(doc);
  }
}
