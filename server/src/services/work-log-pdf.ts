import {
  WORK_LOG_HASH_VERSION,
  WORK_LOG_KIND,
  addDays,
  chinaDate,
  chinaDateTime,
  fenToYuan,
  summarise,
  type WorkerProfile,
} from '@gig/shared';
import type { WorkLogEntryEntity } from '../entities';
import { DocumentService } from './documents';
import type { WorkLogRange } from './work-log';

const figures = (r: WorkLogEntryEntity): string =>
  [
    r.hoursX100 !== null ? `${r.hoursX100 / 100} 小时` : null,
    r.orders !== null ? `${r.orders} 单` : null,
    r.amountFen !== null ? `${fenToYuan(r.amountFen)} 元` : null,
  ]
    .filter(Boolean)
    .join('，');

/**
 * 个人工作记录: a date range of the worker's own log as evidence. Each entry with its figures,
 * when the server saved it, its SHA-256 and the one before it in the chain, and its files'
 * hashes; the week and month summaries; whether the whole chain checked out; how to recompute.
 * The document's date is the chain's last savedAt.
 */
export async function workLogPdf(
  documents: DocumentService,
  range: WorkLogRange,
  span: { from: string; to: string },
): Promise<Buffer> {
  const { inRange, correctedBy, check } = range;
  const doc = documents.open(`个人工作记录 ${span.from} 至 ${span.to}`);
  const last = new Date(Math.max(...range.all.map((r) => r.savedAt.getTime())));
  Object.assign(doc.info, { CreationDate: last, ModDate: last });
  const width = doc.page.width - 112;
  doc.fontSize(18).text('个人工作记录', { align: 'center' });
  doc.moveDown(0.5).fontSize(11);
  doc.text(`记录期间：${span.from} 至 ${span.to}，共 ${inRange.length} 条`, { width });
  doc.text(
    check.chainIntact
      ? `校验结果：全部 ${range.all.length} 条记录的哈希链完整，没有被修改或删除的记录。`
      : `校验结果：哈希链在第 ${check.brokenAt} 条处不连续，该条或其前一条记录可能已被修改或删除。`,
    { width },
  );
  doc.text(`链尾哈希（SHA-256）：${check.headSha256 ?? '-'}`, { width });
  doc.moveDown(0.6);
  for (const r of inRange) {
    const by = correctedBy.get(r.id);
    doc.fontSize(11).fillColor('#000');
    doc.text(`第 ${r.seq} 条  ${r.date}  ${WORK_LOG_KIND.labels[r.kind]['zh-CN']}  ${figures(r)}`, { width });
    doc.fontSize(9).fillColor('#222');
    if (r.platform) doc.text(`平台：${r.platform}`, { width });
    if (r.note) doc.text(`备注：${r.note}`, { width });
    if (r.corrects) doc.text(`更正记录：${r.corrects}`, { width });
    if (by) doc.text(`已被更正（不计入汇总），更正记录：${by}`, { width });
    doc.text(`保存时间（服务器）：${chinaDateTime(r.savedAt)}（${r.savedAt.toISOString()}）`, { width });
    doc.text(`本条哈希：${r.sha256}`, { width });
    doc.text(`上一条哈希：${r.prevSha256 ?? '无（第一条）'}`, { width });
    for (const e of r.evidence) doc.text(`截图 ${e.id}：SHA-256 ${e.sha256}`, { width });
    doc.moveDown(0.4);
  }
  const counted = inRange.filter((r) => !correctedBy.has(r.id));
  doc.moveDown(0.4).fontSize(12).fillColor('#000').text('按月汇总', { width });
  doc.fontSize(10);
  for (const m of summarise(counted, 'month'))
    doc.text(
      `${m.period}：${m.hours} 小时，${m.orders} 单，收入 ${fenToYuan(m.incomeFen)} 元，扣款 ${fenToYuan(m.deductionFen)} 元，罚款 ${fenToYuan(m.penaltyFen)} 元，净收入 ${signed(m.netFen)} 元，扣除后时薪 ${m.hourlyFen === null ? '-' : `${signed(m.hourlyFen)} 元/小时`}`,
      { width },
    );
  doc.moveDown(0.6).fontSize(8).fillColor('#333');
  doc.text(
    `核对方法：每条记录的哈希是对以下 JSON 数组（UTF-8，无空格）计算的 SHA-256：["${WORK_LOG_HASH_VERSION}", 上一条哈希或 null, 保存时间（ISO 8601 UTC）, 日期, 类别, 小时数×100, 单数, 金额（分）, 平台, 备注, 被更正记录的编号, [截图的 SHA-256]]；缺项为 null。每条都包含上一条的哈希，改动或删除任何一条都会使之后的哈希对不上。记录由劳动者本人填写，保存时间和哈希由服务器生成。`,
    { width },
  );
  return DocumentService.done(doc);
}

const signed = (fen: number) => (fen < 0 ? `-${fenToYuan(-fen)}` : fenToYuan(fen));

/**
 * 个人信息查阅、复制请求函: the worker asks the platform for their own data. The rights are put in
 * plain words with their article numbers (PIPL art 45: access and copy; art 24: explanation of
 * automated decisions and refusal of decisions made solely by them), not quoted.
 */
export async function dataRequestLetter(
  documents: DocumentService,
  profile: WorkerProfile,
  q: { platform?: string; from?: string; to?: string },
  now: Date,
): Promise<Buffer> {
  const today = chinaDate(now);
  const to = q.to ?? today;
  const from = q.from ?? addDays(to, -364);
  const platform = q.platform ?? profile.employer ?? '＿＿＿＿＿＿＿＿（平台或公司名称）';
  const blank = '＿＿＿＿＿＿＿＿';
  const doc = documents.open('个人信息查阅、复制请求函');
  const width = doc.page.width - 112;
  doc.fontSize(18).text('个人信息查阅、复制请求函', { align: 'center' });
  doc.moveDown(1).fontSize(12);
  const p = (s: string) => doc.text(s, { width, lineGap: 4 }).moveDown(0.4);
  p(`${platform}：`);
  p(
    `本人${profile.name ?? blank}，是贵方平台的配送员/服务人员，平台注册手机号为${profile.phone ?? blank}。依据《中华人民共和国个人信息保护法》第四十五条，个人有权向个人信息处理者查阅、复制本人的个人信息，个人提出请求的，处理者应当及时提供。现请求贵方提供本人在 ${from} 至 ${to} 期间的以下个人信息的副本：`,
  );
  for (const line of [
    '一、订单记录：每一单的接单、完成时间，订单或服务费金额；',
    '二、收入和结算记录：每一期的结算金额及明细；',
    '三、扣款和罚款记录：每一笔的时间、金额、原因及所依据的规则；',
    '四、账号被限制、暂停派单或封禁的记录，每一次的时间、期限和理由；',
    '五、平台用于评价、派单和计算报酬的本人的考核、评分记录。',
  ])
    p(line);
  p(
    '依据同法第二十四条，通过自动化决策方式作出对个人权益有重大影响的决定的，个人有权要求处理者予以说明，并有权拒绝处理者仅通过自动化决策的方式作出决定。上述扣款、罚款和账号限制如系通过算法或系统自动作出，请一并说明其依据和方式；本人拒绝仅由自动化决策作出的此类决定，请安排人工复核。',
  );
  p('请以电子文件（可导出的表格或 PDF）方式提供，发送至本人上述手机号码可接收的方式或本人提供的电子邮箱。');
  doc.moveDown(1);
  p(`请求人：${profile.name ?? blank}（签名）`);
  p(`联系电话：${profile.phone ?? blank}`);
  p(`身份证号码：${blank}（如平台需核实身份，由本人填写）`);
  p(`日期：${today}`);
  doc.moveDown(0.8).fontSize(9).fillColor('#333');
  doc.text(
    '本函由劳动争议调解服务根据您的个人资料生成，请核对后签名。寄送或在平台内提交时请保留副本及寄送、提交的凭证。',
    {
      width,
    },
  );
  return DocumentService.done(doc);
}
