import { createHash, randomUUID } from 'node:crypto';
import { OUTLET_SHARING_CONSENT, chineseAmount } from '@gig/shared';
import { CaseEntity } from '@gig/server/entities';
import { signInWorker } from './helpers/app';
import { png } from '../factories';
import { fileClaim } from '../factories/http';
import { caseWorld, riderClaim, type CaseWorld } from './cases/world';
import { pdfText } from './stats-pdf';

/**
 * The worker's mediation application (劳动争议调解申请书) as filed, to keep: the same copy for the
 * worker and for the staff who may see the case, with the ID number and phone masked; nobody
 * else gets it; once retention erased the personal data it is gone (410).
 */
describe('the application as a PDF', () => {
  let w: CaseWorld;
  beforeAll(async () => {
    w = await caseWorld();
  });
  afterAll(() => w.close());

  const get = (url: string, token: string) => fetch(w.t.base + url, { headers: { authorization: `Bearer ${token}` } });
  const flat = (s: string) => s.replace(/\s+/g, '');
  const text = async (res: Response) => {
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    return pdfText(bytes).join('\n');
  };

  /** The rider's claim with a pay slip uploaded before filing, and consent to the outlet. */
  async function filed() {
    const slip = png(11);
    const up = await w.t.upload('/api/evidence', w.worker.accessToken, slip, 'payslip.png', { category: 'pay_record' });
    expect(up.status).toBe(201);
    const res = await w.file(
      riderClaim({
        claimant: { name: '赵骑手', idNumber: '11010519491231002X', phone: '13812345678' },
        evidenceIds: [up.body.id],
        outletConsent: OUTLET_SHARING_CONSENT.version,
        legalAid: true,
      }),
    );
    expect(res.status).toBe(201);
    return { id: res.body.case.id as string, number: res.body.case.number as string, sha: sha(slip) };
  }
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('holds the claim as filed, masks the ID number and phone, and lists the evidence with its hash', async () => {
    const c = await filed();
    const later = png(12);
    expect(
      (
        await w.t.upload(`/api/cases/${c.id}/evidence`, w.worker.accessToken, later, 'chat.png', {
          category: 'chat',
        })
      ).status,
    ).toBe(201);
    const res = await get(`/api/cases/${c.id}/application.pdf`, w.worker.accessToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="application-${c.number}.pdf"`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const words = await text(res);
    for (const expected of [
      '劳动争议调解申请书',
      `案件编号：${c.number}`,
      '赵骑手',
      '1101**********002X',
      '138****5678',
      '温州某某配送服务有限公司',
      '91350100M000100Y43',
      '鹿城配送站',
      '（2026-09-01 至 2026-09-30）人民币 3500.50 元',
      '人民币 200.00 元',
      `以上合计人民币 3700.50 元（大写：人民币${chineseAmount(370050)}）`,
      '九月份工资至今未发',
      '申请人申请法律援助。',
      'payslip.png',
      `SHA-256：${c.sha}`,
      `SHA-256：${sha(later)}`,
      '补充提交',
      '同意交由单位网点协商',
      '《劳动争议调解仲裁法》第14条',
      '《劳动争议调解仲裁法》第27条',
      '本申请书由系统根据您提交的内容生成',
    ])
      // Whitespace aside: the PDF's lines wrap where the text's length puts them (dates, names).
      expect({ expected, found: flat(words).includes(flat(expected)) }).toEqual({ expected, found: true });
    // Filed with the delivery association (the rider's trade), which the header names.
    expect(words).toContain(`受理调解组织：${w.stations.delivery.name}`);
    // Never the whole ID number or the whole phone.
    expect(words).not.toContain('11010519491231002X');
    expect(words).not.toContain('13812345678');
  });

  it('the staff who may see the case get the same masked copy; others, and other workers, get 404', async () => {
    const c = await filed();
    const staff = await get(`/api/admin/cases/${c.id}/application.pdf`, w.token.delivery);
    expect(staff.status).toBe(200);
    const words = await text(staff);
    expect(words).toContain(c.number);
    expect(words).toContain('1101**********002X');
    expect(words).not.toContain('11010519491231002X');
    expect((await get(`/api/admin/cases/${c.id}/application.pdf`, w.token.supervisor)).status).toBe(200);
    // The courier association's mediator does not have this case: not found, as for the other documents.
    const elsewhere = await get(`/api/admin/cases/${c.id}/application.pdf`, w.token.courier);
    expect(elsewhere.status).toBe(404);
    expect((await get(`/api/admin/cases/${c.id}/arbitration-application.pdf`, w.token.courier)).status).toBe(404);
    const stranger = await signInWorker(w.t, '13700009999');
    expect((await get(`/api/cases/${c.id}/application.pdf`, stranger.accessToken)).status).toBe(404);
    // A worker token on the staff route, and no token at all, are refused.
    expect((await get(`/api/admin/cases/${c.id}/application.pdf`, w.worker.accessToken)).status).toBe(403);
    expect((await fetch(`${w.t.base}/api/cases/${c.id}/application.pdf`)).status).toBe(401);
    expect((await get(`/api/cases/${randomUUID()}/application.pdf`, w.worker.accessToken)).status).toBe(404);
  });

  it('without evidence or consent it says so, and after retention erased the personal data it is 410', async () => {
    const res = await fileClaim(w.t, w.worker.accessToken, riderClaim({ legalAid: false }));
    const id = res.body.case.id as string;
    const words = await text(await get(`/api/cases/${id}/application.pdf`, w.worker.accessToken));
    expect(words).toContain('申请人未申请法律援助。');
    expect(words).toContain('申请时未提交证据');
    expect(words).not.toContain('同意交由单位网点协商');

    expect((await w.workerAct(id, 'withdraw')).status).toBe(200);
    const row = await w.t.app.db.getRepository(CaseEntity).findOneByOrFail({ id });
    expect(
      await w.t.app.services.retention.purgeDue(new Date(row.updatedAt.getTime() + 3660 * 86400_000)),
    ).toBeGreaterThan(0);
    for (const [url, token] of [
      [`/api/cases/${id}/application.pdf`, w.worker.accessToken],
      [`/api/admin/cases/${id}/application.pdf`, w.token.delivery],
    ] as const) {
      const gone = await get(url, token);
      expect([url, gone.status]).toEqual([url, 410]);
      expect((await gone.json()).code).toBe('PERSONAL_DATA_PURGED');
    }
  });
});
