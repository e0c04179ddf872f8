import { currentLanguage } from '../app/i18n';
import { tokenStore } from '../auth/token-store';
import type { ImportKind } from '../gql/graphql';
import { problemOfUpload, UploadRefused, type UploadBody } from './upload-problem';

// The upload is the one call that is not GraphQL: POST /imports takes the file as multipart/form-data and
// answers the preview's id (README "Import and export": why REST). Everything after it (the preview's rows,
// applying it) goes through the typed operations in imports.graphql.

/** Uploads a file for a preview of importing it as `kind`; resolves to the preview's id, or throws UploadRefused. */
export async function uploadImport(file: File, kind: ImportKind): Promise<string> {
  const send = async (token: string | null) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    const headers: Record<string, string> = { 'x-tradebridge-upload': '1', 'accept-language': currentLanguage() };
    if (token) headers.authorization = `Bearer ${token}`;
    return fetch('/imports', { method: 'POST', headers, body: form, credentials: 'same-origin' });
  };
  let response: Response;
  try {
    response = await send(await tokenStore.fresh());
    // A token the API refused (revoked, the server restarted): refresh once and send again, as GraphQL calls do.
    if (response.status === 401) {
      const token = await tokenStore.refresh();
      if (token) response = await send(token);
    }
  } catch (error) {
    throw new UploadRefused({ code: 'NETWORK', fields: [], message: error instanceof Error ? error.message : String(error) });
  }
  const body = (await response.json().catch(() => null)) as UploadBody | null;
  const id = body?.data?.catalogImport?.id;
  if (response.ok && id) return id;
  throw new UploadRefused(problemOfUpload(response.status, body));
}
