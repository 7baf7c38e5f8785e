import { CLAIM_TYPE, PAYMENT_METHOD } from '../enums';
import type { AgreementView } from '../schemas/agreement';
import { fenToYuan } from '../validators';
import { chineseAmount } from './chinese-amount';

/** Who the agreement is between and who made it: what its text names besides the terms. */
export interface AgreementParties {
  caseNumber: string;
  claimantName: string;
  respondent: { name: string; creditCode: string | null; outletName: string | null; partnerName: string | null };
}

type Terms = Pick<AgreementView, 'items' | 'totalFen' | 'facts' | 'dueDate' | 'paymentMethod' | 'stationName'>;

/**
 * The agreement's text, paragraph by paragraph: the parties, the facts in brief, each item with
 * what was claimed and what is agreed, the total in figures and in capitals, the pay date and
 * method, the finality clause, when it takes effect and what it allows, and the mediation body
 * (the mediator's name is on their signature, so the text is the same before and after they sign).
 * Everyone reads this same text; its SHA-256 (of the paragraphs joined by newlines) is what each
 * signature is on, and the PDF prints it. Changing a word here changes every hash: version it.
 */
export function agreementText(p: AgreementParties, t: Terms): string[] {
  const r = p.respondent;
  const type = (k: string) => CLAIM_TYPE.labels[k as keyof typeof CLAIM_TYPE.labels]?.['zh-CN'] ?? k;
  const method = PAYMENT_METHOD.labels[t.paymentMethod]['zh-CN'];
  const respondent = [
    r.name,
    r.creditCode ? `（统一社会信用代码：${r.creditCode}）` : '',
    r.outletName ? `，网点/站点：${r.outletName}` : '',
    r.partnerName ? `，关联平台/合作方：${r.partnerName}` : '',
  ].join('');
  return [
    '劳动争议调解协议书',
    `案件编号：${p.caseNumber}`,
    `申请人：${p.claimantName}`,
    `被申请人：${respondent}`,
    `调解组织：${t.stationName}`,
    `争议事实（简述）：${t.facts}`,
    '经调解，双方自愿达成如下协议：',
    ...t.items.map(
      (i, n) =>
        `${n + 1}. 由${i.payer}向申请人支付${type(i.type)}人民币${fenToYuan(i.amountFen)}元` +
        (i.claimedFen != null ? `（申请人原请求${fenToYuan(i.claimedFen)}元）` : '') +
        '；',
    ),
    `以上合计人民币${fenToYuan(t.totalFen)}元（大写：人民币${chineseAmount(t.totalFen)}），于${t.dueDate}前以${method}方式付清。`,
    '申请人收到上述全部款项后，双方就本次劳动争议再无其他争议，申请人不再就上述事项申请仲裁或提起诉讼。',
    '本协议自双方当事人签字（盖章）、调解员签名并加盖调解组织印章之日起生效，对双方具有约束力（《劳动争议调解仲裁法》第十四条、《人民调解法》第二十九条、第三十一条）。',
    '协议生效之日起三十日内，双方可以共同向人民法院申请司法确认（《人民调解法》第三十三条）；十五日内可以共同向劳动人事争议仲裁委员会申请仲裁审查确认。',
    '一方逾期不履行的，另一方可以依法申请仲裁（《劳动争议调解仲裁法》第十五条）；就支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金达成的协议，劳动者可以持本协议向人民法院申请支付令（第十六条）。',
  ];
}
