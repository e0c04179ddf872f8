// 200 distinct, realistic search requests built from the demo vocabulary (the same words the
// synthetic listings are made of): Russian and English keywords, brand and model names, a few
// two-word queries, each with one filter of the kind buyers set (country, kind, certification).
import { VOCABULARY, type Family } from '@tradebridge/demo';

export interface BenchFilter {
  countries?: ['BY'];
  kinds?: string[];
  certifications?: string[];
}

export interface BenchQuery {
  query: string;
  filter: BenchFilter;
  lang: 'ru' | 'en';
}

const CYRILLIC = /[а-яё]/i;

function strip(text: string): string {
  return text.replace(/[«»"]/g, '').replace(/\s+/g, ' ').trim();
}

/** A family's candidate queries, most typical first, alternating Russian and English. */
function candidates(family: Family): string[] {
  const ru = family.keywords.map(strip);
  const en = family.keywordsEn.map(strip);
  const models = family.models.map((m) => strip(m[0]));
  const brand = models[0]?.split(/[\s-]/)[0];
  const out: string[] = [];
  const push = (q: string | undefined) => q && q.length >= 3 && out.push(q);
  for (let i = 0; i < Math.max(ru.length, en.length, models.length); i++) {
    push(ru[i]);
    push(en[i]);
    push(models[i]);
    if (i === 0 && brand && ru[0] && !ru[0].includes(brand)) push(`${ru[0]} ${brand}`);
    if (i === 1 && ru[1] && ru[2]) push(`${ru[1]} ${ru[2]}`.split(' ').slice(0, 4).join(' '));
  }
  return out;
}

function filterFor(family: Family, n: number): BenchFilter {
  switch (n % 3) {
    case 0:
      return { countries: ['BY'] };
    case 1:
      return { kinds: [family.kind] };
    default:
      return family.certs.length > 0 ? { countries: ['BY'], certifications: [family.certs[0]!] } : { countries: ['BY'] };
  }
}

/**
 * `count` distinct queries, round-robin over the vocabulary's families so every sector is covered
 * before any family gives a second query. Deterministic.
 * @example benchQueries(200)[0] // { query: 'автобус', filter: { countries: ['BY'] }, lang: 'ru' }
 */
export function benchQueries(count = 200): BenchQuery[] {
  const lists = VOCABULARY.map((family) => ({ family, queries: candidates(family) }));
  const seen = new Set<string>();
  const out: BenchQuery[] = [];
  for (let round = 0; out.length < count && lists.some((l) => l.queries.length > round); round++) {
    for (const { family, queries } of lists) {
      const query = queries[round];
      if (!query || seen.has(query.toLowerCase())) continue;
      seen.add(query.toLowerCase());
      out.push({ query, filter: filterFor(family, out.length), lang: CYRILLIC.test(query) ? 'ru' : 'en' });
      if (out.length === count) break;
    }
  }
  if (out.length < count) throw new Error(`the vocabulary yields only ${out.length} distinct queries`);
  return out;
}
