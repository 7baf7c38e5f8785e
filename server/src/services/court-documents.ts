import { CLAIM_TYPE, chinaDateTime, chineseAmount, fenToYuan, type ClaimType } from '@gig/shared';
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
}
