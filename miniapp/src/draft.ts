import Taro from '@tarojs/taro';
import type { ClaimCreateBody, EvidenceCategory } from '@gig/shared';

export interface EvidenceDraft {
  /** The file on this phone (a temp path in WeChat, a blob URL in the browser). */
  localPath: string;
  name: string;
  /** What the file is; a sensitive category carries the consent version the worker agreed to. */
  category: EvidenceCategory;
  consent?: string;
  status: 'waiting' | 'uploading' | 'done' | 'failed';
  progress: number;
  /** The server's id once uploaded (listed in evidenceIds at submission). */
  id?: string;
  sha256?: string;
  /** Why the last try failed, in words; `retryable` says whether trying again can help. */
  error?: string;
  retryable?: boolean;
}

/**
 * The claim being written, kept on the phone after every change so a closed app, a crash or a lost
 * network loses nothing. The idempotency key is made once with the draft: a submission retried
 * after a timeout files the same case, not a second one.
 */
export interface Draft {
  step: number;
  idempotencyKey: string;
  body: ClaimCreateBody;
  evidence: EvidenceDraft[];
  savedAt: string;
}

const KEY = 'gig.claim.draft';

export function uuid(): string {
  const b = new Uint8Array(16);
  // The browser's CSPRNG where there is one; WeChat's JS engine has none, and a key only has to be
  // unique among one worker's drafts.
  if (typeof crypto !== 'undefined' && crypto.getRandomValues) crypto.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function newDraft(stationCode: string | null): Draft {
  return {
    step: 0,
    idempotencyKey: uuid(),
    body: {
      claimant: { name: '', idNumber: '', phone: '' },
      industry: 'food_delivery',
      workMode: 'platform_app',
      areaCode: '330302',
      respondent: { name: '' },
      items: [{ type: 'unpaid_wages', amountYuan: '' }],
      incidentDate: '',
      description: '',
      legalAid: false,
      ...(stationCode ? { stationCode } : {}),
    },
    evidence: [],
    savedAt: new Date().toISOString(),
  };
}

export function loadDraft(): Draft | null {
  const d = Taro.getStorageSync(KEY);
  return d && typeof d === 'object' && 'idempotencyKey' in d ? (d as Draft) : null;
}

export function saveDraft(d: Draft): Draft {
  const saved = { ...d, savedAt: new Date().toISOString() };
  Taro.setStorageSync(KEY, saved);
  return saved;
}

export function clearDraft(): void {
  Taro.removeStorageSync(KEY);
}

/**
 * Adds items worked out by the calculator page: they replace the first item while it is still
 * empty (a new draft's blank line), else they come after the worker's own. The draft stays the
 * same draft (its idempotency key and everything typed).
 */
export function addCalculatedItems(d: Draft, items: ClaimCreateBody['items']): Draft {
  const [first, ...rest] = d.body.items;
  const blank = !!first && first.amountYuan.trim() === '' && !first.calculation;
  return { ...d, body: { ...d.body, items: blank ? [...items, ...rest] : [...d.body.items, ...items] } };
}

/**
 * The body to send: the ids of the uploaded files, nothing the schema does not know. An item keeps
 * its `calculation` (the calculator and the figure versions behind its amount).
 */
export function submission(d: Draft): ClaimCreateBody {
  const ids = [...new Set(d.evidence.filter((e) => e.status === 'done' && e.id).map((e) => e.id!))];
  const r = d.body.respondent;
  const respondent = Object.fromEntries(
    Object.entries(r).filter(([, v]) => v !== '' && v !== undefined && v !== null),
  ) as ClaimCreateBody['respondent'];
  const body: ClaimCreateBody = {
    ...d.body,
    respondent,
    items: d.body.items.map(
      (i) =>
        Object.fromEntries(
          Object.entries(i).filter(([, v]) => v !== '' && v !== undefined),
        ) as ClaimCreateBody['items'][number],
    ),
  };
  if (ids.length) body.evidenceIds = ids;
  else delete body.evidenceIds;
  return body;
}
