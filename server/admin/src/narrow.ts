import { Grid } from 'antd';

/**
 * A phone-sized screen: below antd's md breakpoint, where ProLayout turns to its mobile layout
 * (an outlet's manager is often on a phone). Before the first measure, the window's width says.
 */
export function useNarrow(): boolean {
  const screens = Grid.useBreakpoint();
  return !(screens.md ?? window.innerWidth >= 768);
}
