import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { DataSource } from 'typeorm';
import {
  CLAIM_TYPE,
  EVIDENCE_CATEGORY,
  PAYMENT_METHOD,
  STATION_KIND,
  fenToYuan,
  type ClaimType,
  type EvidenceCategory,
  type StationKind,
} from '@gig/shared';
import { EvidenceFileEntity, StationEntity, type CaseEntity } from '../entities';
import { AppError } from '../errors';
import type { DataProtector } from '../adapters/crypto';
import type { FileStore } from '../adapters/files';
import type { StationService } from './stations';

/**
 * Printable documents, as PDF with a Chinese font embedded (subset): the mediation agreement of a
 * case, and a station's QR poster. The font is a file on the server (PDF_FONT_PATH; Debian's
 * fonts-noto-cjk by default); without it the API says so (503 PDF_FONT_MISSING).
 */
export class DocumentService {
  constructor(
    private readonly ds: DataSource,
    private readonly protector: DataProtector,
    private readonly store: FileStore,
    private readonly stations: StationService,
    private readonly font: { path: string; name: string },
  ) {}

  private doc(title: string): PDFKit.PDFDocument {
    if (!fs.existsSync(this.font.path)) throw new AppError('PDF_FONT_MISSING', { details: { font: this.font.path } });
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Producer: 'gig-mediation' } });
    // A .ttc holds several faces: the name picks the Simplified Chinese one.
    doc.registerFont('cjk', this.font.path, this.font.path.endsWith('.ttc') ? this.font.name : undefined);
    doc.font('cjk');
    return doc;
  }

  private static done(doc: PDFKit.PDFDocument): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.end();
    });
  }

  /** 劳动争议调解协议书: parties in full (it is for signing), items, amounts, dates, signature lines. */
  async agreementPdf(c: CaseEntity, signatureEvidenceId: string | null): Promise<Buffer> {
    const a = c.agreement;
    if (!a) throw new AppError('NO_AGREEMENT');
    if (c.purgedAt) throw new AppError('PERSONAL_DATA_PURGED');
    const doc = this.doc(`调解协议书 ${c.number}`);
    const width = doc.page.width - 112;
    doc.fontSize(20).text('劳动争议调解协议书', { align: 'center' });
    doc
      .moveDown(0.4)
      .fontSize(10)
      .fillColor('#555')
      .text(`案件编号：${c.number}`, { align: 'center' })
      .fillColor('#000');
    doc.moveDown(1).fontSize(12);
    const line = (label: string, value: string) => doc.text(`${label}：${value}`, { width });
    line('申请人', this.protector.decrypt(c.claimantNameEnc));
    line('身份证号码', this.protector.decrypt(c.idNumberEnc));
    line('联系电话', this.protector.decrypt(c.phoneEnc));
    doc.moveDown(0.5);
    line('被申请人', c.claim.respondent.name);
    if (c.claim.respondent.creditCode) line('统一社会信用代码', c.claim.respondent.creditCode);
    if (c.claim.respondent.partnerName) line('关联平台/合作方', c.claim.respondent.partnerName);
    if (c.claim.respondent.outletName) line('网点/站点', c.claim.respondent.outletName);
    doc.moveDown(0.5);
    line('调解组织', c.station?.name ?? '—');
    doc.moveDown(1);
    doc.text('经调解，双方自愿达成如下协议：', { width });
    doc.moveDown(0.5);
    a.items.forEach((i, n) => {
      const type = CLAIM_TYPE.labels[i.type as ClaimType]?.['zh-CN'] ?? i.type;
      doc.text(`${n + 1}. 由${i.payer}向申请人支付${type} 人民币 ${fenToYuan(i.amountFen)} 元；`, {
        width,
        indent: 12,
      });
    });
    doc.moveDown(0.3);
    doc.text(
      `以上合计人民币 ${fenToYuan(a.totalFen)} 元，于 ${a.dueDate} 前以${PAYMENT_METHOD.labels[a.paymentMethod as keyof typeof PAYMENT_METHOD.labels]?.['zh-CN'] ?? a.paymentMethod}方式付清。`,
      { width, indent: 12 },
    );
    doc.moveDown(0.3);
    doc.text('申请人收到上述款项后，双方就本次劳动争议再无其他争议。', { width, indent: 12 });
    doc.moveDown(0.8).fontSize(10).fillColor('#333');
    doc.text(
      `本协议自双方签字或盖章、调解员签名并加盖调解组织印章之日起生效（本协议生效日：${a.effectiveOn}）。协议生效之日起30日内，双方可共同向人民法院申请司法确认；15日内可共同向劳动人事争议仲裁委员会申请仲裁审查确认。一方逾期不履行的，另一方可依法申请仲裁或支付令。`,
      { width },
    );
    doc.fillColor('#000').fontSize(12).moveDown(2);
    const y = doc.y;
    doc.text('申请人（签名）：', 56, y);
    const signature = signatureEvidenceId
      ? await this.ds.getRepository(EvidenceFileEntity).findOneBy({ id: signatureEvidenceId })
      : null;
    if (signature && (signature.mime === 'image/png' || signature.mime === 'image/jpeg')) {
      doc.image(await this.store.get(signature.storageKey), 160, y - 14, { fit: [140, 44] });
      doc
        .fontSize(8)
        .fillColor('#555')
        .text(`（电子签名，SHA-256 ${signature.sha256.slice(0, 16)}…）`, 160, y + 32)
        .fillColor('#000')
        .fontSize(12);
    }
    doc.text('被申请人（盖章）：', 320, y);
    doc.text('调解员（签名）：', 56, y + 70);
    doc.text('调解组织（盖章）：', 320, y + 70);
    doc.text(`日期：${a.effectiveOn}`, 56, y + 130);
    return DocumentService.done(doc);
  }

  /**
   * 仲裁申请书 for the worker to check and sign (办案规则 art 29's contents): the applicant in full
   * (sex and birth date read from the ID number), the respondent, each claim with its amount, the
   * facts and reasons as filed, the evidence with its source. What the claim did not ask (domicile,
   * mailing address, the respondent's legal representative) is left as a line to fill in by hand.
   */
  async arbitrationApplicationPdf(c: CaseEntity): Promise<Buffer> {
    if (!c.arbitration) throw new AppError('NO_ARBITRATION');
    if (c.purgedAt) throw new AppError('PERSONAL_DATA_PURGED');
    const [institution, evidence] = await Promise.all([
      this.ds.getRepository(StationEntity).findOneBy({ id: c.arbitration.institutionId }),
      this.ds.getRepository(EvidenceFileEntity).find({ where: { caseId: c.id }, order: { createdAt: 'ASC' } }),
    ]);
    const doc = this.doc(`劳动人事争议仲裁申请书 ${c.number}`);
    const width = doc.page.width - 112;
    const blank = '＿＿＿＿＿＿＿＿＿＿＿＿';
    const line = (label: string, value: string) => doc.text(`${label}：${value}`, { width });
    doc.fontSize(20).text('劳动人事争议仲裁申请书', { align: 'center' });
    doc.moveDown(0.4).fontSize(10).fillColor('#555').text(`案件编号：${c.number}`, { align: 'center' });
    doc.fillColor('#000').moveDown(1).fontSize(12);
    const id = this.protector.decrypt(c.idNumberEnc);
    doc.text('申请人', { width, underline: true });
    line('姓名', this.protector.decrypt(c.claimantNameEnc));
    line('性别', Number(id.charAt(16)) % 2 === 1 ? '男' : '女');
    line('出生日期', `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
    line('公民身份号码', id);
    line('联系电话', this.protector.decrypt(c.phoneEnc));
    line('住所', blank);
    line('送达地址', blank);
    doc.moveDown(0.5).text('被申请人', { width, underline: true });
    const r = c.claim.respondent;
    line('名称', r.name);
    line('统一社会信用代码', r.creditCode ?? blank);
    if (r.outletName) line('网点/站点', r.outletName);
    line('住所', r.outletAddress ?? blank);
    line('法定代表人（主要负责人）姓名、职务', blank);
    if (r.contactPhone) line('联系电话', r.contactPhone);
    if (r.partnerName) line('共同被申请人（合作方/平台）', `${r.partnerName}${r.partnerCreditCode ? `（${r.partnerCreditCode}）` : ''}`);
    doc.moveDown(0.5).text('仲裁请求', { width, underline: true });
    c.claim.items.forEach((i, n) => {
      const type = CLAIM_TYPE.labels[i.type as ClaimType]?.['zh-CN'] ?? i.type;
      const period = i.periodFrom ? `（${i.periodFrom} 至 ${i.periodTo ?? '今'}）` : '';
      doc.text(`${n + 1}. 请求裁决被申请人支付${type}${period}人民币 ${fenToYuan(i.amountFen)} 元；`, { width, indent: 12 });
    });
    doc.text(`以上合计人民币 ${fenToYuan(c.totalFen)} 元。`, { width, indent: 12 });
    doc.moveDown(0.5).text('事实与理由', { width, underline: true });
    doc.text(c.claim.description, { width, indent: 24 });
    doc.moveDown(0.5).text('证据和证据来源', { width, underline: true });
    if (!evidence.length) doc.text('（暂无，开庭前补充提交）', { width, indent: 12 });
    evidence.forEach((e, n) => {
      const what = EVIDENCE_CATEGORY.labels[e.category as EvidenceCategory]?.['zh-CN'] ?? e.category;
      doc.text(`${n + 1}. ${what}：${e.originalName}（申请人提供）`, { width, indent: 12 });
    });
    doc.moveDown(0.8).fontSize(10).fillColor('#333');
    doc.text(
      '依据《劳动争议调解仲裁法》第二十一条、第二十八条，现向贵院申请仲裁。劳动争议仲裁不收费（第五十三条）。仲裁委员会应当自收到申请之日起五日内决定是否受理（第二十九条）。',
      { width },
    );
    doc.fillColor('#000').fontSize(12).moveDown(1);
    doc.text(`此致\n${institution?.name ?? '劳动人事争议仲裁委员会'}`, { width });
    doc.moveDown(2);
    doc.text('申请人（签名）：', 300);
    doc.text(`日期：${c.arbitration.receivedOn}`, 300);
    return DocumentService.done(doc);
  }

  /** The poster for a station's wall: its name, the QR code, how to use it, where and when it is open. */
  async posterPdf(station: StationEntity): Promise<Buffer> {
    const qr = (await this.stations.qr(station.code, 'png', 800)) as Buffer;
    const doc = this.doc(`${station.name} 扫码申请`);
    const w = doc.page.width;
    doc.fontSize(16).fillColor('#1f4e9c').text('劳动争议 一站式调解', { align: 'center' });
    doc.moveDown(0.5).fontSize(26).fillColor('#000').text(station.name, { align: 'center' });
    doc
      .moveDown(0.3)
      .fontSize(12)
      .fillColor('#555')
      .text(STATION_KIND.labels[station.kind as StationKind]?.['zh-CN'] ?? '', { align: 'center' });
    const size = 300;
    doc.image(qr, (w - size) / 2, doc.y + 20, { width: size });
    doc.y += size + 40;
    doc.fontSize(18).fillColor('#000').text('微信或手机相机扫码，填写申请', { align: 'center' });
    doc
      .moveDown(0.3)
      .fontSize(12)
      .fillColor('#333')
      .text('不收费 · 调解员会尽快联系您 · 一般15日内调解完成', { align: 'center' });
    doc
      .moveDown(0.3)
      .fontSize(10)
      .fillColor('#555')
      .text('Scan with WeChat or your phone camera to file a claim. Free of charge.', { align: 'center' });
    doc.moveDown(1.2).fontSize(12).fillColor('#000');
    if (station.address) doc.text(`地址：${station.address}`, { align: 'center' });
    if (station.hours) doc.text(`时间：${station.hours}`, { align: 'center' });
    if (station.phone) doc.text(`电话：${station.phone}`, { align: 'center' });
    doc.moveDown(0.8).fontSize(9).fillColor('#777').text(this.stations.qrUrl(station.code), { align: 'center' });
    return DocumentService.done(doc);
  }
}
