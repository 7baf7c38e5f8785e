import { useMemo } from 'react';
import { Empty, Space, Tag, Tree } from 'antd';
import { STATION_KIND, type Locale, type Station } from '@gig/shared';
import { useI18n } from '../../i18n';

interface Node {
  key: string;
  title: React.ReactNode;
  children: Node[];
}

/** A station's name in the page's language (its Chinese name when it has no English one). */
export function stationName(s: Station, locale: Locale): string {
  return locale === 'en' && s.nameEn ? s.nameEn : s.name;
}

/** The station tree (city centre → districts → streets; associations → outlets), inactive ones greyed. */
export function StationTree({
  stations,
  selected,
  onSelect,
}: {
  stations: Station[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { l, locale } = useI18n();
  const tree = useMemo(() => {
    const byParent = new Map<string | null, Station[]>();
    for (const s of stations) {
      const p = s.parentId && stations.some((x) => x.id === s.parentId) ? s.parentId : null;
      byParent.set(p, [...(byParent.get(p) ?? []), s]);
    }
    const build = (parent: string | null): Node[] =>
      (byParent.get(parent) ?? []).map((s) => ({
        key: s.id,
        title: (
          <Space size={4}>
            <span style={{ color: s.active ? undefined : '#999' }}>{stationName(s, locale)}</span>
            <Tag>{l(STATION_KIND.labels[s.kind])}</Tag>
          </Space>
        ),
        children: build(s.id),
      }));
    return build(null);
    // l is a new function each render but changes only with the locale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stations, locale]);
  return tree.length ? (
    <Tree
      treeData={tree}
      defaultExpandAll
      selectedKeys={selected ? [selected] : []}
      onSelect={(k) => k[0] && onSelect(String(k[0]))}
    />
  ) : (
    <Empty />
  );
}
