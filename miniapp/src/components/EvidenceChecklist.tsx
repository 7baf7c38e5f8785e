import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ChecklistItem, EvidenceChecklist as Checklist } from '@gig/shared';
import { l, locale } from '../i18n';
import { te } from '../evidence-words';
import './EvidenceChecklist.css';

/**
 * What proves the employment relationship and each claim (the shared checklist), each item ticked
 * once a file of its kind is there. Key items show; the helpful ones and the legal basis open on
 * a tap. With `onAdd`, tapping a missing item adds a photo filed as that kind of evidence.
 */
export function EvidenceChecklist({
  checklist,
  onAdd,
}: {
  checklist: Checklist;
  onAdd?: (item: ChecklistItem) => void;
}) {
  const [open, setOpen] = useState(false);
  const helpful = checklist.groups.reduce((n, g) => n + g.items.filter((i) => i.weight === 'helpful').length, 0);
  return (
    <View className="card checklist" data-testid="evidence-checklist">
      <View className="checklist-head">
        <Text className="checklist-title">{te('checklistTitle')}</Text>
        <Text className="badge" data-testid="checklist-count">
          {te('keyHave')} {checklist.keyProvided}/{checklist.keyTotal}
        </Text>
      </View>
      <View className="checklist-notice" data-testid="checklist-notice">
        {l(checklist.notice)}
      </View>
      {checklist.groups.map((g) => (
        <View key={g.key} className="checklist-group" data-testid={`checklist-group-${g.key}`}>
          <View className="checklist-group-title">{l(g.title)}</View>
          {g.items
            .filter((i) => open || i.weight === 'key')
            .map((i) => (
              <Item key={i.id} item={i} onAdd={onAdd} />
            ))}
          {open && g.basis && (
            <View className="checklist-basis">
              {te('basis')}
              {l(g.basis)}
            </View>
          )}
        </View>
      ))}
      <View className="checklist-toggle" onClick={() => setOpen(!open)} data-testid="checklist-more">
        {open
          ? `${te('showLess')} ▴`
          : `${te('moreHelpful')}${locale() === 'en' ? ` (${helpful})` : `（${helpful}项）`} ▾`}
      </View>
    </View>
  );
}

function Item({ item, onAdd }: { item: ChecklistItem; onAdd?: (item: ChecklistItem) => void }) {
  const tappable = !item.provided && !!onAdd;
  return (
    <View
      className={`checklist-item${item.provided ? ' checklist-item-on' : ''}${tappable ? ' checklist-item-tap' : ''}`}
      onClick={tappable ? () => onAdd(item) : undefined}
      data-testid={`checklist-item-${item.id}`}
      data-provided={item.provided ? 'yes' : 'no'}
    >
      <View className="checklist-mark">{item.provided ? '✓' : ''}</View>
      <View className="checklist-body">
        <View className="checklist-label">
          {l(item.label)}
          {item.weight === 'key' && !item.provided && <Text className="checklist-tag">{te('key')}</Text>}
          {item.provided && <Text className="checklist-tag checklist-tag-on">{te('provided')}</Text>}
        </View>
        <View className="checklist-hint">{l(item.hint)}</View>
        {!item.provided && item.employerHolds && <View className="checklist-holds">{te('employerHolds')}</View>}
        {tappable && (
          <View className="checklist-add">
            ＋ {te('tapToAdd')}
            {item.sensitive && <View className="checklist-consent">{te('needsConsent')}</View>}
          </View>
        )}
      </View>
    </View>
  );
}
