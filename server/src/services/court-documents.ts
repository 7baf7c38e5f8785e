import { CLAIM_TYPE, chinaDateTime, chineseAmount, enforcementBasis, fenToYuan, type ClaimType } from '@gig/shared';
import type { CaseEntity } from '../entities';
import type { DataProtector } from '../adapters/crypto';
import { AppError } from '../errors';
import { DocumentService } from './documents';

const type = (t: string) => CLAIM_TYPE.labels[t as ClaimType]?.['zh-CN'] ?? t;

/**
 * The applications that take an agreement to a court or commission, for the parties to sign and
 * file: the joint application to confirm it (司法确认 / 仲裁审查确认) and the payment-order
 * application (支付令). Each names the parties in full, the agreement and what is asked.
 */
export class CourtDocuments {
  constructor(
    private readonly docs: DocumentService,
    private readonly protector: DataProtector,
  ) {}

  private parties(doc: PDFKit.PDFDocument, c: CaseEntity, width: number, worker: string, respondent: string) {
    const r = c.claim.respondent;
    doc.text(
      `${worker}：${this.protector.decrypt(c.claimantNameEnc)}，公民身份号码 ${this.protector.decrypt(c.idNumberEnc)}，联系电话 ${this.protector.decrypt(c.phoneEnc)}`,
      { width },
    );
    doc.text(
      `${respondent}：${r.name}${r.creditCode ? `（统一社会信用代码 ${r.creditCode}）` : ''}${r.outletAddress ? `，住所 ${r.outletAddress}` : ''}`,
      { width },
    );
  }

  /** 司法确认申请书 (人民调解法 art 33) or 仲裁审查确认申请书 (办案规则 art 74), with both consents. */
  async confirmationPdf(c: CaseEntity): Promise<Buffer> {
    const a = c.agreement;
    const j = c.confirmation;
    if (!a || !j) throw new AppError('NO_CONFIRMATION');
    if (c.purgedAt) throw new AppError('PERSONAL_DATA_PURGED');
    const court = j.route === 'judicial_confirmation';
    const title = court ? '司法确认申请书' : '调解协议仲裁审查确认申请书';
    const doc = this.docs.open(`${title} ${c.number}`);
    const width = doc.page.width - 112;
    doc.fontSize(20).text(title, { align: 'center' }).moveDown(1).fontSize(12);
    this.parties(doc, c, width, '申请人（劳动者）', '申请人（用人单位）');
    doc.moveDown(0.6).text('请求事项：', { width });
    doc.text(`确认双方于${a.effectiveOn}在${a.stationName}主持下达成的调解协议（案件编号 ${c.number}）有效。`, {
      width,
      indent: 24,
    });
    doc.moveDown(0.6).text('事实与理由：', { width });
    doc.text(
      `双方因劳动争议经${a.stationName}调解，自愿达成调解协议：合计人民币${fenToYuan(a.totalFen)}元（大写：人民币${chineseAmount(a.totalFen)}），于${a.dueDate}前付清。协议已经双方签字、调解员签名并加盖调解组织印章，于${a.effectiveOn}生效。` +
        (court
          ? '依据《人民调解法》第三十三条，双方在协议生效之日起三十日内共同申请司法确认。'
          : '双方在协议生效之日起十五日内共同申请仲裁审查确认。'),
      { width, indent: 24 },
    );
    doc.moveDown(0.6).text('附：调解协议书、双方身份证明、送达地址确认书。', { width });
    doc.moveDown(1).text(`此致\n${court ? '有管辖权的基层人民法院' : '劳动人事争议仲裁委员会'}`, { width });
    doc.moveDown(1.5);
    const when = (at: string | null) => (at ? chinaDateTime(new Date(at)) : '＿＿＿＿');
    doc.text(`申请人（劳动者，签名）：＿＿＿＿＿＿  （已于${when(j.workerAt)}在线申请）`, { width });
    doc.text(
      `申请人（用人单位，盖章）：＿＿＿＿＿＿  （${j.respondentAt ? `已于${when(j.respondentAt)}同意共同申请` : '尚未同意'}）`,
      { width },
    );
    doc.moveDown(0.6).fontSize(10).fillColor('#555').text(`须在 ${j.windowDue} 前共同提出。`, { width });
    return DocumentService.done(doc);
  }

  /** 支付令申请书 (LDMAL art 16): the agreed items that may go to a payment order, not paid by the agreed date. */
  async paymentOrderPdf(c: CaseEntity): Promise<Buffer> {
    const a = c.agreement;
    const p = c.paymentOrder;
    if (!a || !p) throw new AppError('NO_PAYMENT_ORDER');
    if (c.purgedAt) throw new AppError('PERSONAL_DATA_PURGED');
    const doc = this.docs.open(`支付令申请书 ${c.number}`);
    const width = doc.page.width - 112;
    doc.fontSize(20).text('支付令申请书', { align: 'center' }).moveDown(1).fontSize(12);
    this.parties(doc, c, width, '申请人', '被申请人');
    doc.moveDown(0.6).text('请求事项：', { width });
    doc.text(`请求人民法院向被申请人发出支付令，督促被申请人支付：`, { width, indent: 24 });
    p.items.forEach((i, n) =>
      doc.text(`${n + 1}. ${type(i.type)} 人民币${fenToYuan(i.amountFen)}元；`, { width, indent: 36 }),
    );
    doc.text(`合计人民币${fenToYuan(p.totalFen)}元（大写：人民币${chineseAmount(p.totalFen)}）。`, {
      width,
      indent: 24,
    });
    doc.moveDown(0.6).text('事实与理由：', { width });
    doc.text(
      `申请人与被申请人因劳动争议经${a.stationName}调解，于${a.effectiveOn ?? '—'}达成调解协议（案件编号 ${c.number}），约定被申请人于${a.dueDate}前付清上述款项。被申请人至今未按协议履行。依据《劳动争议调解仲裁法》第十六条，因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内不履行的，劳动者可以持调解协议书依法向人民法院申请支付令。`,
      { width, indent: 24 },
    );
    doc.moveDown(0.6).text('附：调解协议书、申请人身份证明、未履行情况的说明及证据。', { width });
    doc.moveDown(1).text('此致\n有管辖权的基层人民法院（一般为被申请人住所地）', { width });
    doc.moveDown(1.5).text('申请人（签名）：＿＿＿＿＿＿', { width });
    doc.text(`日期：${chinaDateTime(new Date(p.appliedAt)).slice(0, 10)}`, { width });
    return DocumentService.done(doc);
  }

  /**
   * 强制执行申请书: on the court's ruling confirming the agreement (人民调解法 art 33 para 2), or on
   * a payment order the employer neither paid nor objected to. The court that decided is asked.
   */
  async enforcementPdf(c: CaseEntity): Promise<Buffer> {
    const a = c.agreement;
    const on = enforcementBasis(c);
    const confirmed = on === 'confirmation' ? c.confirmation!.decision! : null;
    const order = on === 'payment_order' ? c.paymentOrder : null;
    if (!a || !on) throw new AppError('NOTHING_TO_ENFORCE');
    if (c.purgedAt) throw new AppError('PERSONAL_DATA_PURGED');
    const doc = this.docs.open(`强制执行申请书 ${c.number}`);
    const width = doc.page.width - 112;
    doc.fontSize(20).text('强制执行申请书', { align: 'center' }).moveDown(1).fontSize(12);
    this.parties(doc, c, width, '申请执行人', '被执行人');
    const basis = confirmed
      ? `${confirmed.authority}${confirmed.decidedOn}作出的${confirmed.documentNumber}民事裁定（确认调解协议有效）`
      : `${order!.court ?? '人民法院'}${order!.decidedOn ?? ''}发出的${order!.documentNumber ?? ''}支付令`;
    const owed = order ? order.totalFen : a.totalFen;
    doc.moveDown(0.6).text('执行依据：', { width });
    doc.text(basis, { width, indent: 24 });
    doc.moveDown(0.6).text('请求事项：', { width });
    doc.text(
      `请求强制被执行人支付人民币${fenToYuan(owed)}元（大写：人民币${chineseAmount(owed)}），以及迟延履行期间的债务利息；执行费用由被执行人负担。`,
      { width, indent: 24 },
    );
    doc.moveDown(0.6).text('事实与理由：', { width });
    doc.text(
      confirmed
        ? `双方于${a.effectiveOn}在${a.stationName}达成调解协议，经人民法院确认有效。被执行人未按协议于${a.dueDate}前履行。依据《人民调解法》第三十三条，人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。`
        : `人民法院依申请人的申请向被执行人发出支付令，被执行人在法定期间内既未清偿债务也未提出书面异议，支付令已经发生法律效力，申请人依法申请强制执行。`,
      { width, indent: 24 },
    );
    doc.moveDown(0.6).text('附：执行依据（裁定书或支付令）副本、申请人身份证明、被执行人财产线索（如有）。', { width });
    doc.moveDown(1).text(`此致\n${confirmed?.authority ?? order?.court ?? '作出执行依据的人民法院'}`, { width });
    doc.moveDown(1.5).text('申请人（签名）：＿＿＿＿＿＿', { width });
    doc.text('日期：＿＿＿＿年＿＿月＿＿日', { width });
    doc.moveDown(0.8).fontSize(10).fillColor('#555');
    doc.text('申请执行的期间为二年，从法律文书规定的履行期间的最后一日起计算（《民事诉讼法》）。', { width });
    return DocumentService.done(doc);
  }
}
