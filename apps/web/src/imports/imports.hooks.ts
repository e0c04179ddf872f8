import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { ApplyImportDocument, ImportPreviewDocument, ImportTemplateUrlDocument, type ImportKind, type ImportRowAction, type Locale } from '../gql/graphql';

/** Rows per page of the preview table. */
export const PREVIEW_PAGE = 50;

export const useImportPreview = (id: string | null, action: ImportRowAction | null, after: string | null) =>
  useQuery(ImportPreviewDocument, id ? { variables: { id, action, first: PREVIEW_PAGE, after }, fetchPolicy: 'cache-and-network' } : skipToken);

/** Applying refreshes whatever the page shows (the needs or offerings list it was opened from, their counts). */
export const useApplyImport = () => useMutation(ApplyImportDocument, { refetchQueries: 'active' });

export const useTemplateUrl = (kind: ImportKind, language: Locale) => useQuery(ImportTemplateUrlDocument, { variables: { kind, language } });
