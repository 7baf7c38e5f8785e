import Taro from '@tarojs/taro';
import type { AskNextStep } from '@gig/shared';
import { loadDraft } from '../draft';
import { callPhone } from '../platform';

/** The station the worker scanned (kept with the draft), if any. */
function scannedStation(): string | null {
  return loadDraft()?.body.stationCode ?? null;
}

/**
 * Goes where a next step of an answer says. Filing a claim and talking to a mediator lead to the
 * station the worker scanned (its phone, hours and "start a claim"), or without one to the home
 * page, which lists the stations nearest first; the calculator and legal aid (a flag of the claim)
 * open their pages; the hotline is a phone call.
 */
export function goNext(step: Pick<AskNextStep, 'kind' | 'page'>): void {
  const station = scannedStation();
  switch (step.kind) {
    case 'file_claim':
    case 'mediator':
      if (station) void Taro.navigateTo({ url: `/pages/station/index?code=${encodeURIComponent(station)}` });
      else void Taro.switchTab({ url: '/pages/index/index' });
      return;
    case 'calculator':
      void Taro.navigateTo({ url: '/sub/calculator/index' });
      return;
    case 'legal_aid':
      void Taro.navigateTo({ url: '/sub/claim/index' });
      return;
    case 'hotline':
      callPhone('12345');
      return;
    default:
      if (step.page) void Taro.navigateTo({ url: step.page });
  }
}
