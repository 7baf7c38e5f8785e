import Taro from '@tarojs/taro';
import { ApiError, words } from './index';

/**
 * Shows an error as a toast, in words. Apart from ./index because Taro's H5 toast comes with its
 * modal and action sheet: the station page, which shows no toast, loads without them.
 */
export function showError(err: unknown): void {
  const message = err instanceof ApiError ? err.message : words('NETWORK');
  void Taro.showToast({ title: message, icon: 'none', duration: 3000 });
}
