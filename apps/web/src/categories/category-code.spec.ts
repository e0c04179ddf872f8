import { describe, expect, it } from '@jest/globals';
import { hasTradeCode } from './category-code';

describe('hasTradeCode', () => {
  it('shows TN VED sections, chapters and headings by code', () => {
    for (const code of ['XVII', 'I', '87', '87.04', '84.29']) expect(hasTradeCode(code)).toBe(true);
  });

  it('knows the platform own service and partnership categories by name alone', () => {
    for (const code of ['S', 'P', 'S.MAINTENANCE', 'P.SERVICE_CENTER']) expect(hasTradeCode(code)).toBe(false);
  });
});
