import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { DataSource } from 'typeorm';
import {
  CLAIM_TYPE,
  EVIDENCE_CATEGORY,
  STATION_KIND,
  chinaDateTime,
  currentSignatures,
  fenToYuan,
  type ClaimType,
  type EvidenceCategory,
  type SignatureSide,
  type StationKind,
} from '@gig/shared';
import { EvidenceFileEntity, StationEntity, type CaseEntity } from '../entities';
import { AppError } from '../errors';
import type { DataProtector } from '../adapters/crypto';
import type { FileStore } from '../adapters/files';
import type { StationService } from './stations';
import { textOf } from './cases/effects/agreement-terms';

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

  /** A new A4 document in the Chinese font (503 PDF_FONT_MISSING without it). */
  open(title: string): PDFKit.PDFDocument {
    if (!fs.existsSync(this.font.path)) throw new AppError('PDF_FONT_MISSING', { details: { font: this.font.path } });
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Producer: 'gig-mediation' } });
    // A .ttc holds several faces: the name picks the Simplified Chinese one.
    doc.registerFont('cjk', this.font.path, this.font.path.endsWith('.ttc') ? this.font.name : undefined);
    doc.font('cjk');
    return doc;
  }

  static done(doc: PDFKit.PDFDocument): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.end();
    });
  }

  /**
   * 劳动争议调解协议书: the text every party read (shared `agreementText`, the hash of which each
   * signed), the parties' ID and contact lines for service, and the signatures so far: who, when,
   * on which text. The effective date is printed only once the last signature is in.
   */
  async agreementPdf(c: CaseEntity, signatureEvidenceId: string | null): Promise<Buffer> {
    const a = c.agreement;
    if (!a) throw new AppError('NO_AGREEMENT');
    if (c.purgedAt) throw new AppError('PERSONAL_DATA_PURGED');
    const [title, ...body] = textOf(c, a, this.protector).lines;
    const doc = this.open(`调解协议书 ${c.number}`);
    const width = doc.page.width - 112;
    doc.fontSize(20).text(title!, { align: 'center' });
    doc.moveDown(0.8).fontSize(12);
    for (const line of body) doc.text(line, { width }).moveDown(0.2);
    doc.moveDown(0.4).fontSize(10).fillColor('#333');
    doc.text(
      `申请人身份证号码：${this.protector.decrypt(c.idNumberEnc)}；联系电话：${this.protector.decrypt(c.phoneEnc)}`,
      { width },
    );
    doc.text(`文本校验码（SHA-256）：${a.textSha256}`, { width });
    doc.fillColor('#000').fontSize(12).moveDown(1);
    const signed = currentSignatures(a);
    const line = (side: SignatureSide, label: string) => {
      const s = signed.find((x) => x.side === side);
      const how = s
        ? `${s.name}（${s.onPaper ? '纸质签字' : '电子签名'}，${chinaDateTime(new Date(s.at))}）`
        : '＿＿＿＿＿＿';
      doc.text(`${label}：${how}`, { width });
    };
    line('worker', '申请人（签名）');
    const image = signatureEvidenceId
      ? await this.ds.getRepository(EvidenceFileEntity).findOneBy({ id: signatureEvidenceId })
      : null;
    if (image && (image.mime === 'image/png' || image.mime === 'image/jpeg'))
      doc.image(await this.store.get(image.storageKey), { fit: [140, 44] });
    line('respondent', '被申请人（盖章）');
    line('mediator', '调解员（签名）及调解组织（盖章）');
    doc.moveDown(0.6);
    doc.text(
      a.effectiveOn
        ? `本协议生效日：${a.effectiveOn}${a.signedOnPaper ? '（各方已在纸质文本上签字）' : ''}`
        : '本协议尚未生效：待各方签字后生效。',
      { width },
    );
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
    const doc = this.open(`劳动人事争议仲裁申请书 ${c.number}`);
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
    if (r.partnerName)
      line('共同被申请人（合作方/平台）', `${r.partnerName}${r.partnerCreditCode ? `（${r.partnerCreditCode}）` : ''}`);
    doc.moveDown(0.5).text('仲裁请求', { width, underline: true });
    c.claim.items.forEach((i, n) => {
      const type = CLAIM_TYPE.labels[i.type as ClaimType]?.['zh-CN'] ?? i.type;
      const period = i.periodFrom ? `（${i.periodFrom} 至 ${i.periodTo ?? '今'}）` : '';
      doc.text(`${n + 1}. 请求裁决被申请人支付${type}${period}人民币 ${fenToYuan(i.amountFen)} 元；`, {
        width,
        indent: 12,
      });
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
    const doc = this.open(`${station.name} 扫码申请`);
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
