// The migration that turned free-text regions, units and certifications into reference codes, run again on
// rows holding every spelling the demo and bench data used before codes (libs/demo's vocabulary before the
// codes: English region names, the vocabulary's unit names, Russian certification marks) and the spellings
// the issue names («Владимирская обл.», «г. Владимир», «шт.», Cyrillic «ЕАС»).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatReferenceAudit, ReferenceAudit } from '@tradebridge/reference';
import type { MigrationInterface } from 'typeorm';
import { createNeed, createOffering, createOwner, type TestListing, type TestOwner } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Organizations' regions of the old demo and bench data, and what they mean. */
const ORGANIZATION_REGIONS: Record<string, string> = {
  Minsk: 'BY-HM', 'Minsk Region': 'BY-MI', 'Brest Region': 'BY-BR', 'Gomel Region': 'BY-HO', 'Grodno Region': 'BY-HR', 'Mogilev Region': 'BY-MA',
  'Vitebsk Region': 'BY-VI', 'Vladimir Oblast': 'RU-VLA', 'Владимирская обл.': 'RU-VLA', 'г. Владимир': 'RU-VLA', 'г. Минск': 'BY-HM',
};
/** Delivery regions of the old vocabulary (Vladimir Oblast and OTHER_DELIVERY_REGIONS). */
const DELIVERY_REGIONS: Record<string, string> = {
  'Vladimir Oblast': 'RU-VLA', Moscow: 'RU-MOW', 'Moscow Oblast': 'RU-MOS', 'Ivanovo Oblast': 'RU-IVA', 'Nizhny Novgorod Oblast': 'RU-NIZ',
  'Yaroslavl Oblast': 'RU-YAR', 'Ryazan Oblast': 'RU-RYA', 'Kostroma Oblast': 'RU-KOS', 'Tver Oblast': 'RU-TVE', 'Smolensk Oblast': 'RU-SMO',
  'Kaluga Oblast': 'RU-KLU', 'Tula Oblast': 'RU-TUL',
};
/** The vocabulary's unit names (UNIT_CODE's keys) and their OKEI codes. */
const UNITS: Record<string, string> = {
  pcs: '796', t: '168', kg: '166', set: '839', km: '008', m: '006', m2: '055', m3: '113', l: '112', pack: '778', service: '876', 'шт.': '796',
};
/** The old vocabulary's certification marks. */
const CERTIFICATIONS: Record<string, string> = {
  EAC: 'EAC', ЕАС: 'EAC', 'ISO 9001': 'ISO-9001', 'ISO 14001': 'ISO-14001', 'ISO 13485': 'ISO-13485', 'ГОСТ Р': 'GOST-R', СТБ: 'STB', GMP: 'GMP-EAEU',
  HACCP: 'HACCP', СРО: 'SRO', 'ТР ТС 018/2011': 'TR-CU-018-2011', 'ТР ТС 010/2011': 'TR-CU-010-2011', 'ТР ТС 031/2012': 'TR-CU-031-2012',
  'ТР ТС 004/2011': 'TR-CU-004-2011', 'ТР ТС 021/2011': 'TR-CU-021-2011', 'ТР ТС 033/2013': 'TR-CU-033-2013', 'ТР ТС 034/2013': 'TR-CU-034-2013',
  'ТР ТС 015/2011': 'TR-CU-015-2011',
};

let t: TestApp;
let owner: TestOwner;
let offering: TestListing;
let need: TestListing;
let migration: MigrationInterface;

async function migrate(): Promise<void> {
  const runner = t.dataSource.createQueryRunner();
  try {
    await migration.up(runner);
  } finally {
    await runner.release();
  }
}
const one = async (sql: string, params: unknown[]) => (await t.sql<Record<string, any>>(sql, params))[0]!;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createOwner(t, { country: 'BY', region: 'BY-MI' });
  offering = await createOffering(t, owner.token);
  const buyer = await createOwner(t, { country: 'RU', region: 'RU-VLA' });
  need = await createNeed(t, buyer.token);
  migration = t.dataSource.migrations.find((m) => m.name === 'ReferenceCodes1765400000000')!;
});

afterAll(async () => {
  await t?.close();
});

describe('the reference-codes migration', () => {
  it('maps every region, unit and certification spelling of the old demo and bench data to its code, lists merged', async () => {
    const units = Object.keys(UNITS);
    const regions = Object.keys(ORGANIZATION_REGIONS);
    for (let i = 0; i < Math.max(units.length, regions.length); i++) {
      const unit = units[i % units.length]!;
      const region = regions[i % regions.length]!;
      await t.sql(`UPDATE organizations SET region = $2 WHERE id = $1`, [owner.org.id, region]);
      await t.sql(`UPDATE offerings SET unit = $2, delivery_regions = $3, certifications = $4 WHERE id = $1`, [
        offering.id, unit, Object.keys(DELIVERY_REGIONS), Object.keys(CERTIFICATIONS),
      ]);
      await t.sql(`UPDATE needs SET unit = $2, delivery_region = $3, required_certifications = $4 WHERE id = $1`, [need.id, unit, region, ['ЕАС', 'EAC', 'ГОСТ Р']]);
      await migrate();
      expect({ region, unit, org: (await one(`SELECT region FROM organizations WHERE id = $1`, [owner.org.id])).region }).toEqual({ region, unit, org: ORGANIZATION_REGIONS[region] });
      const o = await one(`SELECT unit, delivery_regions, certifications FROM offerings WHERE id = $1`, [offering.id]);
      expect(o).toEqual({
        unit: UNITS[unit],
        delivery_regions: Object.values(DELIVERY_REGIONS),
        certifications: [...new Set(Object.values(CERTIFICATIONS))], // EAC and ЕАС: one code, in the first one's place
      });
      const n = await one(`SELECT unit, delivery_region, required_certifications FROM needs WHERE id = $1`, [need.id]);
      expect(n).toEqual({ unit: UNITS[unit], delivery_region: ORGANIZATION_REGIONS[region], required_certifications: ['EAC', 'GOST-R'] });
    }
    const audit = await t.app.get(ReferenceAudit).audit();
    expect(audit.flatMap((a) => [...a.unknown, ...a.uncoded])).toEqual([]);
  });

  it('keeps a value no entry knows as written, lists it in the audit, and queues the changed public listings for search', async () => {
    await t.sql(`UPDATE offerings SET unit = 'бухта', delivery_regions = ARRAY['Atlantis', 'Vladimir Oblast'] WHERE id = $1`, [offering.id]);
    const queued = Number((await one(`SELECT count(*) AS n FROM search_outbox WHERE entity_id = $1 AND event = 'reference.codes.mapped'`, [offering.id])).n);
    await migrate();
    expect(await one(`SELECT unit, delivery_regions FROM offerings WHERE id = $1`, [offering.id])).toEqual({ unit: 'бухта', delivery_regions: ['Atlantis', 'RU-VLA'] });
    expect(Number((await one(`SELECT count(*) AS n FROM search_outbox WHERE entity_id = $1 AND event = 'reference.codes.mapped'`, [offering.id])).n)).toBe(queued + 1);
    const audit = await t.app.get(ReferenceAudit).audit();
    const unknown = audit.flatMap((a) => a.unknown.map((v) => [`${a.table}.${a.column}`, v.value, v.ids]));
    expect(unknown).toEqual([
      ['offerings.unit', 'бухта', [offering.id]],
      ['offerings.delivery_regions', 'Atlantis', [offering.id]],
    ]);
    // What `npm run search:check` prints (and fails on) until someone edits the row.
    const report = formatReferenceAudit(audit);
    expect(report.ok).toBe(false);
    expect(report.text).toContain(`unknown "Atlantis": 1 row(s), e.g. ${offering.id}`);
    expect(report.text).toContain('organizations.region (region): every value is a code');
  });
});
