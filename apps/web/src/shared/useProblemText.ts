import { useTranslation } from 'react-i18next';
import { fieldErrors, type Problem, type ProblemCode } from './errors';

/** Per-page wording for some codes, e.g. { CONFLICT: 'contacts:errors.alreadyRequested' }. */
export type ProblemOverrides = Partial<Record<ProblemCode, string>>;

/**
 * Problems in the user's language: a banner text for a code, a message for a field the API named.
 * @example const { bannerText, fieldText } = useProblemText(); form.setFieldError('taxId', fieldText('taxId'))
 */
export function useProblemText() {
  const { t, i18n } = useTranslation('errors');
  /** The message for an API path such as "taxId" or "budget.max" (its last segment, then a default). */
  const fieldText = (path: string): string => {
    const leaf = path.split('.').at(-1) ?? path;
    return t([`errors:fields.${path}`, `errors:fields.${leaf}`, 'errors:fields.default']);
  };
  return {
    bannerText(problem: Problem, overrides: ProblemOverrides = {}): string {
      // A refusal the API explains (an unconfirmed address) reads the same on every page.
      if (problem.reason && i18n.exists(`errors:reasons.${problem.reason}`)) return t(`errors:reasons.${problem.reason}`);
      const key = overrides[problem.code];
      if (key) return t(key, { seconds: problem.retryAfterSeconds ?? 60 });
      switch (problem.code) {
        case 'RATE_LIMITED':
          return t('errors:codes.RATE_LIMITED', { seconds: problem.retryAfterSeconds ?? 60 });
        case 'INTERNAL_SERVER_ERROR':
          return problem.requestId ? t('errors:codes.INTERNAL_WITH_ID', { id: problem.requestId }) : t('errors:codes.INTERNAL_SERVER_ERROR');
        default:
          return t(`errors:codes.${problem.code}`);
      }
    },
    fieldText,
    /**
     * A refusal at the form's fields it names (`rename`: a form field that shows an API field's error,
     * e.g. price -> priceMax); true when it also needs a banner (a path no field has, or no field at all).
     */
    showAtFields(problem: Problem, form: { setErrors(errors: Record<string, string>): void }, formFields: readonly string[], rename: Record<string, string> = {}): boolean {
      const { byField, unmatched } = fieldErrors(problem, formFields);
      form.setErrors(Object.fromEntries(Object.entries(byField).map(([field, path]) => [rename[field] ?? field, fieldText(path)])));
      return unmatched.length > 0 || Object.keys(byField).length === 0;
    },
  };
}
