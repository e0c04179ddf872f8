import type { Locale } from '@tradebridge/core';
import { certificationTable, regionTable, unitTable } from '@tradebridge/reference';
import { MatchReasonCode, type MatchReason } from '../matches/match.types.js';
import type { RegionCoverage } from '../scoring/regions.js';
import { dayText, daysText, moneyText, shorten } from './reason-format.js';

/** A category as a reason names it. */
export interface CategoryLabel {
  code: string;
  name: string;
  nameEn: string;
  level: number;
  rootCode: string;
}

/** What held for a match, as the reasons tell it (null or empty: that signal gives no reason). */
export interface ReasonFacts {
  /** Terms of the query found in the other listing. */
  terms: string[];
  /** The deepest category both listings share. */
  category: CategoryLabel | null;
  /** The need's required certifications, codes (all present: they are a hard filter). */
  certifications: string[];
  /** Set when the lead time fits the deadline. */
  leadTime: { days: number; neededBy: Date } | null;
  /** Set when the lowest price is within the budget; `per`: the unit both amounts are per, when the price was converted into it. */
  price: { amount: number; currency: string; budgetMax: number; per?: string | null } | null;
  /** Set when a delivery region covers the need's region (codes). */
  region: { coverage: RegionCoverage; needRegion: string } | null;
  verified: boolean;
}

const PROJECT_ROOTS = new Set(['S', 'P']);

function categoryText(c: CategoryLabel, locale: Locale): string {
  const project = PROJECT_ROOTS.has(c.rootCode);
  const level = Math.min(c.level, project ? 1 : 2);
  const name = shorten(locale === 'EN' ? c.nameEn : c.name);
  if (locale === 'EN') {
    const kind = project ? ['sector', 'category'][level] : ['section', 'chapter', 'heading'][level];
    return `same ${kind} ${c.code} ${name}`;
  }
  const kind = project ? ['тот же сектор', 'та же категория'][level] : ['тот же раздел', 'та же группа', 'та же товарная позиция'][level];
  return `${kind} ${c.code} «${name}»`;
}

/** "25 000 ₽" or, for a converted price, "25 000 ₽/т" (the unit in the reader's language). */
function money(amount: number, p: NonNullable<ReasonFacts['price']>, locale: Locale): string {
  const text = moneyText(amount, p.currency, locale);
  return p.per ? `${text}/${unitTable().label(p.per, locale)}` : text;
}

// Region and certification codes read as names in the reader's language (the reference tables).
const TEXTS = {
  EN: {
    terms: (terms: string[]) => `matched: ${terms.join(', ')}`,
    certifications: (certs: string[]) => `${certs.map((c) => certificationTable().label(c, 'EN')).join(', ')} present`,
    leadTime: (days: number, by: Date) => `${daysText(days, 'EN')} fits ${dayText(by, 'EN')}`,
    price: (p: NonNullable<ReasonFacts['price']>) =>
      `from ${money(p.amount, p, 'EN')}, within the budget of ${money(p.budgetMax, p, 'EN')}`,
    region: (r: NonNullable<ReasonFacts['region']>) => {
      const area = regionTable().label(r.coverage.region, 'EN');
      return r.coverage.broad ? `delivery: ${area}, incl. ${regionTable().label(r.needRegion, 'EN')}` : `delivery: ${area}`;
    },
    verified: 'verified supplier',
  },
  RU: {
    terms: (terms: string[]) => `совпадения: ${terms.join(', ')}`,
    certifications: (certs: string[]) => `${certs.map((c) => certificationTable().label(c, 'RU')).join(', ')} — есть`,
    leadTime: (days: number, by: Date) => `${daysText(days, 'RU')} — успевает к ${dayText(by, 'RU')}`,
    price: (p: NonNullable<ReasonFacts['price']>) =>
      `от ${money(p.amount, p, 'RU')} — в пределах бюджета ${money(p.budgetMax, p, 'RU')}`,
    region: (r: NonNullable<ReasonFacts['region']>) => {
      const area = regionTable().label(r.coverage.region, 'RU');
      return r.coverage.broad ? `доставка: ${area}, в т. ч. ${regionTable().label(r.needRegion, 'RU')}` : `доставка: ${area}`;
    },
    verified: 'проверенный поставщик',
  },
} as const;

/**
 * The reasons of a match in the reader's locale, in a fixed order (TEXT, CATEGORY, CERTIFICATION,
 * LEAD_TIME, PRICE, REGION, VERIFIED), one per signal that held.
 * @example matchReasons({ ...facts, leadTime: { days: 45, neededBy: new Date('2027-09-01') } }, 'EN') // [..., { code: 'LEAD_TIME', detail: '45 days fits 1 September 2027' }]
 */
export function matchReasons(facts: ReasonFacts, locale: Locale): MatchReason[] {
  const t = TEXTS[locale] ?? TEXTS.RU;
  const reasons: MatchReason[] = [];
  const add = (code: MatchReasonCode, detail: string) => reasons.push({ code, detail });
  if (facts.terms.length > 0) add(MatchReasonCode.TEXT, t.terms(facts.terms));
  if (facts.category) add(MatchReasonCode.CATEGORY, categoryText(facts.category, locale));
  if (facts.certifications.length > 0) add(MatchReasonCode.CERTIFICATION, t.certifications(facts.certifications));
  if (facts.leadTime) add(MatchReasonCode.LEAD_TIME, t.leadTime(facts.leadTime.days, facts.leadTime.neededBy));
  if (facts.price) add(MatchReasonCode.PRICE, t.price(facts.price));
  if (facts.region) add(MatchReasonCode.REGION, t.region(facts.region));
  if (facts.verified) add(MatchReasonCode.VERIFIED, t.verified);
  return reasons;
}
