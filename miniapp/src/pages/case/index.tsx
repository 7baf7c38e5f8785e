import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect } from 'react';

/**
 * The case page's old address, kept in the main package: case-update messages (shared
 * miniappCasePage) and links already sent open pages/case/index?id=…; the page itself lives in
 * the `sub` subpackage, downloaded when it opens.
 */
export default function CaseMoved() {
  const { params } = useRouter();
  useEffect(() => {
    const query = Object.entries(params)
      .filter(([k, v]) => k !== '$taroTimestamp' && v !== undefined)
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    void Taro.redirectTo({ url: `/sub/case/index${query ? `?${query}` : ''}` });
  }, [params]);
  return <View className="page" />;
}
