/** Types for product.cjs, for the TypeScript tests. */
import type { Browser } from 'playwright-core';

export interface Product {
  base: string;
  logs(): string;
  sms: { phone: string; template: string; params: Record<string, any> }[];
  call(
    method: string,
    url: string,
    opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any }>;
  worker(phone: string): Promise<{ accessToken: string; refreshToken: string; user: { id: string } }>;
  staff(
    username: string,
    password?: string,
  ): Promise<{ accessToken: string; refreshToken: string; user: { id: string; stationId: string | null } }>;
  stop(): Promise<void>;
}
export function startProduct(env?: Record<string, string>): Promise<Product>;
export function launchBrowser(): Promise<Browser>;
