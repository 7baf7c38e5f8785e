import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { routableOf, type RouteDecision, type StationCard } from '@gig/shared';
import { call } from '../../api';
import type { DraftBody } from '../../draft';
import { stationName } from '../../format-station';
import { l } from '../../i18n';
import { tw } from '../../claim-words';

/**
 * Where the claim will go, asked of the server whenever what decides it changes (the industry, how
 * the work is done, the district, the station, the worker's preferred channel); said in words at
 * the step where it changes, and in words again when it is not the station the worker scanned.
 */
export function RouteNotice({ body, scanned }: { body: DraftBody; scanned: StationCard | null }) {
  const [decision, setDecision] = useState<RouteDecision | null>(null);
  const { industry, workMode, areaCode, stationCode, preferredChannel, mediationType } = body;
  const ready = !!industry && !!workMode && /^\d{6}$/.test(areaCode);
  useEffect(() => {
    if (!industry || !workMode || !/^\d{6}$/.test(areaCode)) return setDecision(null);
    let live = true;
    call('public.route', {
      body: routableOf({ industry, workMode, areaCode, stationCode, preferredChannel, mediationType }),
    }).then(
      (d) => live && setDecision(d),
      () => live && setDecision(null),
    );
    return () => void (live = false);
  }, [industry, workMode, areaCode, stationCode, preferredChannel, mediationType]);

  if (!ready || !decision)
    return ready ? null : (
      <View className="card muted" data-testid="route-notice">
        {tw('noRouteYet')}
      </View>
    );
  const to = decision.station;
  const changed = !!scanned && !!to && to.code !== scanned.code;
  return (
    <View className={`card${changed ? ' route-changed' : ''}`} data-testid="route-notice">
      <View className="muted">{tw('goesTo')}</View>
      <View style={{ fontWeight: 600 }} data-testid="route-station">
        {to ? stationName(to) : l(decision.reasonText)}
      </View>
      {changed && (
        <View className="route-change-words" data-testid="route-changed">
          {tw('changedFrom', { from: stationName(scanned), to: stationName(to) })}
        </View>
      )}
      {to && <View className="muted">{l(decision.reasonText)}</View>}
    </View>
  );
}
