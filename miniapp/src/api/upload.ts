import { WORKER_ROUTE_INDEX, urlOf, type ApiOutputs } from '@gig/shared';
import { apiBase } from '../platform';
import { upload } from '../platform/files';
import { ApiError, goSignIn, refresh, session, toError, words } from './index';

/**
 * Uploads a file as multipart `file` with `fields` to an upload route of the table, under the
 * same session rules: the token, one silent refresh on 401, the error envelope in words.
 */
export async function uploadFile<N extends 'evidence.upload' | 'cases.upload'>(
  name: N,
  params: N extends 'cases.upload' ? { id: string } : undefined,
  file: { path: string; name: string },
  fields: Record<string, string>,
  onProgress: (p: number) => void,
  retried = false,
): Promise<ApiOutputs[N]> {
  const s = session();
  const path = urlOf(WORKER_ROUTE_INDEX[name], params);
  let r: { status: number; body: unknown };
  try {
    r = await upload({
      url: `${apiBase}${path}`,
      filePath: file.path,
      name: file.name,
      fields,
      token: s?.accessToken ?? null,
      onProgress,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', words('NETWORK'));
  }
  if (r.status === 401 && s && !retried) {
    const refreshed = await refresh();
    if (refreshed === 'ok') return uploadFile(name, params, file, fields, onProgress, true);
    if (refreshed === 'offline') throw new ApiError(0, 'NETWORK', words('NETWORK'));
    goSignIn();
  }
  if (r.status < 200 || r.status >= 300) throw toError(r.status, r.body);
  return r.body as ApiOutputs[N];
}
