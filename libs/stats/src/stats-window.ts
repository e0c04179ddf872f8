import { ValidationFailed } from '@tradebridge/core';

export interface StatsWindow {
  from: Date | null;
  to: Date | null;
}

/**
 * The window of `cooperationStats`: either end may be open; `to` must not be before `from`
 * (BAD_USER_INPUT on "to").
 * @example checkWindow(new Date('2026-01-01'), null) // { from: 2026-01-01, to: null }
 */
export function checkWindow(from: Date | null | undefined, to: Date | null | undefined): StatsWindow {
  const window = { from: from ?? null, to: to ?? null };
  if (window.from && window.to && window.to.getTime() < window.from.getTime()) {
    throw ValidationFailed.field('to', 'must not be before from');
  }
  return window;
}
