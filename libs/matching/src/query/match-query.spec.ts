import { describe, expect, it } from '@jest/globals';
import { NEEDS_INDEX, OFFERINGS_INDEX } from '@tradebridge/catalog';
import { MEILI_MAX_QUERY_WORDS } from '@tradebridge/search';
import { categorySubtreeFilter, MATCH_SEARCH_WORDS, planNeedsForOffering, planOfferingsForNeed } from './match-query.js';

const now = Date.UTC(2027, 0, 1);
const need = {
  organizationId: 'org-buyer',
  title: 'Поставка карьерных самосвалов грузоподъёмностью 90 т для щебёночного карьера в Ковровском районе, срочно, с обучением водителей и сервисом',
  keywords: ['самосвал', 'карьерный самосвал', '90 т', 'БелАЗ-75570'],
  categoryCode: '87.04',
  categoryPath: ['XVII', '87', '87.04'],
  requiredCertifications: ['EAC'],
};

describe('planOfferingsForNeed', () => {
  it('distils at most 10 words from the title and keywords, stop words and boilerplate out, model numbers kept', () => {
    const plan = planOfferingsForNeed(need, null, now);
    expect(plan.index).toBe(OFFERINGS_INDEX);
    expect(plan.query.words.length).toBeLessThanOrEqual(MEILI_MAX_QUERY_WORDS);
    expect(plan.query.words).toEqual(expect.arrayContaining(['самосвал', '75570', 'белаз']));
    expect(plan.query.words).not.toContain('поставка');
    expect(plan.query.words).not.toContain('для');
    expect(plan.query.stemmed.split(' ')).toContain('карьерн');
  });

  it('asks Meilisearch with the strongest few words, models first; scoring keeps them all', () => {
    const plan = planOfferingsForNeed(need, null, now);
    expect(plan.search.words).toHaveLength(MATCH_SEARCH_WORDS);
    expect(plan.query.words.length).toBeGreaterThan(MATCH_SEARCH_WORDS);
    expect(plan.search.words).toEqual(expect.arrayContaining(['самосвал', '75570', 'белаз']));
    expect(plan.search.words.every((w) => plan.query.words.includes(w))).toBe(true);
  });

  it('filters out the asking organization, missing certifications and expired offerings', () => {
    const { filter } = planOfferingsForNeed(need, null, now);
    expect(filter).toContain(`NOT organizationId = "org-buyer"`);
    expect(filter).toContain('certifications = "EAC"');
    expect(filter).toContain(`expiresAt > ${now}`);
  });

  it('adds the caller\'s OfferingFilter, escaped, and the category subtree for the query without words', () => {
    const plan = planOfferingsForNeed(need, { countries: ['BY'] as never, regions: ['x" OR country = "RU'] }, now);
    expect(plan.filter).toContain('country IN ["BY"]');
    expect(plan.filter).toContain('region IN ["x\\" OR country = \\"RU"]');
    expect(plan.categoryFilter).toContain(plan.filter);
    expect(plan.categoryFilter).toContain('categoryPath = "87.04"');
    expect(plan.categoryFilter).toContain('categoryCode IN ["XVII", "87", "87.04"]');
  });

  it('refuses maxPrice without a currency', () => {
    expect(() => planOfferingsForNeed(need, { maxPrice: '100' }, now)).toThrow(/currency/);
  });
});

describe('planNeedsForOffering', () => {
  it('searches open needs of other organizations (certifications are checked in code)', () => {
    const plan = planNeedsForOffering({ ...need, organizationId: 'org-belaz' }, now);
    expect(plan.index).toBe(NEEDS_INDEX);
    expect(plan.filter).toContain('NOT organizationId = "org-belaz"');
    expect(plan.filter).not.toContain('certifications');
  });

  it('takes listings in the subtree or filed under an ancestor as category candidates', () => {
    expect(categorySubtreeFilter('87', ['XVII', '87'])).toBe('(categoryPath = "87") OR (categoryCode IN ["XVII", "87"])');
  });
});
