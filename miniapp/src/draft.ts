import Taro from '@tarojs/taro';
import {
  CITY_AREAS,
  type ClaimCreateBody,
  type EvidenceCategory,
  type Industry,
  type StationCard,
  type WorkMode,
} from '@gig/shared';

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
  body: DraftBody;
  evidence: EvidenceDraft[];
  savedAt: string;
}

/** The claim as typed so far: the industry and how the work is done stay unset until known. */
export type DraftBody = Omit<ClaimCreateBody, 'industry' | 'workMode'> & { industry?: Industry; workMode?: WorkMode };

/** What the wizard presets from a station, so the worker can keep the defaults. */
export interface StationPresets {
  industry?: Industry;
  areaCode?: string;
}

/**
 * The scanned station decides the presets: its one industry (an association station serves one
 * trade), and its district when it is one of the city's districts. A city-wide station presets
 * no district: the worker says where the work is done (the place of performance, LDMAL art 21).
 */
export function stationPresets(s: Pick<StationCard, 'industries' | 'areaCode'> | null | undefined): StationPresets {
  if (!s) return {};
  return {
    ...(s.industries.length === 1 ? { industry: s.industries[0] } : {}),
    ...(CITY_AREAS.some((a) => a.code === s.areaCode) ? { areaCode: s.areaCode } : {}),
  };
}

/**
 * Another station chosen: its presets replace the old station's where the worker kept them (a
 * field the worker changed stays as they set it).
 */
export function withStation(body: DraftBody, from: StationCard | null, to: StationCard | null): DraftBody {
  const was = stationPresets(from);
  const now = stationPresets(to);
  const out: DraftBody = { ...body };
  if (to) out.stationCode = to.code;
  else delete out.stationCode;
  if (body.industry === was.industry) {
    if (now.industry) out.industry = now.industry;
    else delete out.industry;
  }
  if (body.areaCode === (was.areaCode ?? '')) out.areaCode = now.areaCode ?? '';
  return out;
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

/**
 * A new claim, for the station scanned (if any) with its presets, and the mobile number the
 * worker verified at sign-in on this phone (editable in step 1).
 */
export function newDraft(stationCode: string | null, presets: StationPresets = {}, phone = ''): Draft {
  return {
    step: 0,
    idempotencyKey: uuid(),
    body: {
      claimant: { name: '', idNumber: '', phone },
      ...(presets.industry ? { industry: presets.industry } : {}),
      areaCode: presets.areaCode ?? '',
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
  // Checked against the schema (claimProblems) before it is sent: an unset industry is named there.
  const ids = [...new Set(d.evidence.filter((e) => e.status === 'done' && e.id).map((e) => e.id!))];
  const r = d.body.respondent;
  const respondent = Object.fromEntries(
    Object.entries(r).filter(([, v]) => v !== '' && v !== undefined && v !== null),
  ) as ClaimCreateBody['respondent'];
  const body = {
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
  return body as ClaimCreateBody;
}
