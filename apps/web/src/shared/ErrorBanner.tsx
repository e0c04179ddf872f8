import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemOf, type Problem } from './errors';
import { useCountdown } from './useCountdown';
import { useProblemText, type ProblemOverrides } from './useProblemText';

interface ErrorBannerProps {
  /** An Apollo error or a Problem already read from one. */
  error: unknown;
  /** Offered for codes worth retrying (service unavailable, network, rate limited once the wait is over). */
  onRetry?: () => void;
  overrides?: ProblemOverrides;
  title?: string;
}

const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'NETWORK', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

/** An API error as a banner in the user's language; RATE_LIMITED counts down to when a retry may work. */
export function ErrorBanner({ error, onRetry, overrides, title }: ErrorBannerProps) {
  const { t } = useTranslation('errors');
  const problem: Problem = isProblem(error) ? error : problemOf(error);
  const { bannerText } = useProblemText();
  const left = useCountdown(problem.code === 'RATE_LIMITED' ? (problem.retryAfterSeconds ?? 60) : 0);
  const waiting = problem.code === 'RATE_LIMITED' && left > 0;
  const text = waiting ? bannerText({ ...problem, retryAfterSeconds: left }, overrides) : problem.code === 'RATE_LIMITED' ? t('codes.RATE_LIMITED_OVER') : bannerText(problem, overrides);
  return (
    <Alert color={problem.code === 'NOT_FOUND' ? 'gray' : 'red'} variant="light" title={title ?? t(`titles.${problem.code}`)} role="alert">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{text}</Text>
        {onRetry && RETRYABLE.has(problem.code) && (
          <Button size="xs" variant="default" onClick={onRetry} disabled={waiting}>
            {t('retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'fields' in value && Array.isArray((value as Problem).fields);
}
