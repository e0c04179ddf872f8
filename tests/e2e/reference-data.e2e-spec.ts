// Regions, units and certifications as reference data: the queries in the reader's language, inputs
// that take a code or a name, refusals with suggestions, labels beside codes on every type.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countRows, createNeed, createOffering, createOrganization, createOwner, freshTaxId, registerUser, type TestOwner } from '../support/factories.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let supplier: TestOwner;
const EN = { 'accept-language': 'en-GB,en;q=0.9' };

const CREATE_ORG = `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id region regionCode } }`;
const OFFERING = `query ($id: ID!) { offering(id: $id) { unit unitCode deliveryRegions deliveryRegionCodes certifications certificationCodes
  organization { region regionCode } } }`;
const NEED = `query ($id: ID!) { need(id: $id) { unit unitCode deliveryRegion deliveryRegionCode requiredCertifications requiredCertificationCodes } }`;
const CREATE_OFFERING = `mutation ($input: OfferingInput!) { createOffering(input: $input) { id } }`;

beforeAll(async () => {
  t = await startTestApp();
  supplier = await createOwner(t, { country: 'BY', region: 'Минская обл.' });
});

afterAll(async () => {
  await t?.close();
});

describe('the reference queries', () => {
  it("list regions with ISO 3166-2 codes and the groups around them, in the caller's language", async () => {
    const ru = dataOf(await t.gql(`{ regions(country: RU) { code name nameEn kind country groups regions } }`)).regions;
    const vladimir = ru.find((r: any) => r.code === 'RU-VLA');
    expect(vladimir).toEqual({
      code: 'RU-VLA', name: 'Владимирская область', nameEn: 'Vladimir Oblast', kind: 'REGION', country: 'RU',
      groups: ['RU-CFD', 'RU', 'EAEU', 'CIS', 'WORLD'], regions: [],
    });
    expect(ru.filter((r: any) => r.kind === 'REGION')).toHaveLength(83);
    expect(ru.slice(0, 2).map((r: any) => r.code)).toEqual(['RU', 'RU-CFD']); // groups first
    const central = ru.find((r: any) => r.code === 'RU-CFD');
    expect(central.regions).toHaveLength(18);
    const en = dataOf(await t.gql(`{ regions(country: BY, kind: REGION) { code name } }`, {}, undefined, EN)).regions;
    expect(en.map((r: any) => r.name)).toEqual(['Brest Region', 'Gomel Region', 'Grodno Region', 'Minsk', 'Minsk Region', 'Mogilev Region', 'Vitebsk Region']);
  });

  it('list OKEI units and certifications, named for a signed-in reader in their own language', async () => {
    const reader = await registerUser(t, { locale: 'EN' });
    const { units, certifications } = dataOf(
      await t.gql(`{ units(dimension: MASS) { code name shortName shortRu dimension factor } certifications { code name fullName implies } }`, {}, reader.token),
    );
    expect(units.map((u: any) => [u.code, u.shortName, u.factor])).toEqual([['163', 'g', 0.001], ['166', 'kg', 1], ['206', 'q', 100], ['168', 't', 1000]]);
    expect(units[3].shortRu).toBe('т');
    expect(certifications.find((c: any) => c.code === 'GOST-R')).toMatchObject({ name: 'GOST R' });
    expect(certifications.find((c: any) => c.code === 'EAC-DECLARATION')).toMatchObject({ name: 'EAEU declaration', implies: ['EAC'] });
    const russian = dataOf(await t.gql(`{ certifications { code name } }`)).certifications;
    expect(russian.find((c: any) => c.code === 'GOST-R').name).toBe('ГОСТ Р');
  });
});

describe('inputs', () => {
  it("store an organization's region as its code, whatever name it was given in, and show its name in the reader's language", async () => {
    expect(dataOf(await t.gql(`query ($id: ID!) { organization(id: $id) { region regionCode } }`, { id: supplier.org.id })).organization).toEqual({
      region: 'Минская область',
      regionCode: 'BY-MI',
    });
    const read = await t.gql(`query ($id: ID!) { organization(id: $id) { region } }`, { id: supplier.org.id }, undefined, EN);
    expect(dataOf(read).organization.region).toBe('Minsk Region');
    const owner = await registerUser(t);
    const org = await createOrganization(t, owner.token, { country: 'RU', region: 'г. Владимир' });
    expect((await t.sql(`SELECT region FROM organizations WHERE id = $1`, [org.id]))[0].region).toBe('RU-VLA');
  });

  it('refuse an unknown region at its field with the closest names, in the message and in extensions', async () => {
    const owner = await registerUser(t);
    const error = errorOf(await t.gql(CREATE_ORG, { input: orgInput({ country: 'RU', region: 'Vladimirskaja obl' }) }, owner.token));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual([
      {
        path: 'input.region',
        value: 'Vladimirskaja obl',
        message: 'неизвестный регион «Vladimirskaja obl»; возможно, Владимирская область (RU-VLA)?',
        suggestions: [{ code: 'RU-VLA', name: 'Владимирская область' }],
      },
    ]);
    expect(error.message).toContain('Владимирская область (RU-VLA)');
    const english = await registerUser(t, { locale: 'EN' });
    const refused = errorOf(await t.gql(CREATE_ORG, { input: orgInput({ country: 'BY', region: 'Vladimir Oblast' }) }, english.token));
    expect(refused.extensions?.fields).toEqual([{ path: 'input.region', value: 'Vladimir Oblast', message: 'Vladimir Oblast (RU-VLA) is not in Belarus' }]);
  });

  it('map units, delivery regions and certifications of listings to codes; labels follow the reader', async () => {
    const offering = await createOffering(t, supplier.token, {
      unit: 'шт.', deliveryRegions: ['Владимирская обл.', 'Vladimir Oblast', 'ЦФО'], certifications: ['ЕАС', 'ISO 9001:2015', 'Halal-ICCI'],
    });
    const ru = dataOf(await t.gql(OFFERING, { id: offering.id })).offering;
    expect(ru).toEqual({
      unit: 'шт', unitCode: '796',
      deliveryRegions: ['Владимирская область', 'Центральный федеральный округ'], deliveryRegionCodes: ['RU-VLA', 'RU-CFD'],
      certifications: ['EAC', 'ISO 9001', 'HALAL ICCI'], certificationCodes: ['EAC', 'ISO-9001', 'HALAL ICCI'],
      organization: { region: 'Минская область', regionCode: 'BY-MI' },
    });
    const en = dataOf(await t.gql(OFFERING, { id: offering.id }, undefined, EN)).offering;
    expect(en).toMatchObject({ unit: 'pcs', deliveryRegions: ['Vladimir Oblast', 'Central Federal District'], organization: { region: 'Minsk Region' } });
    const buyer = await createOwner(t, { country: 'RU' });
    const need = await createNeed(t, buyer.token, { unit: 'тонн', quantity: 520, deliveryRegion: 'vladimir region', requiredCertifications: ['ТР ТС 018/2011'] });
    expect(dataOf(await t.gql(NEED, { id: need.id }, undefined, EN)).need).toEqual({
      unit: 't', unitCode: '168', deliveryRegion: 'Vladimir Oblast', deliveryRegionCode: 'RU-VLA',
      requiredCertifications: ['TR CU 018/2011'], requiredCertificationCodes: ['TR-CU-018-2011'],
    });
  });

  it('refuse unknown units and regions of a listing all at once, writing nothing', async () => {
    const offerings = await countRows(t, `SELECT count(*) AS n FROM offerings`);
    const outbox = await countRows(t, `SELECT count(*) AS n FROM search_outbox`);
    const res = await t.gql(CREATE_OFFERING, { input: offeringInput({ unit: 'штк', deliveryRegions: ['RU-VLA', 'Tulla Oblast'], categoryCode: 'nope' }) }, supplier.token);
    const fields = errorOf(res).extensions?.fields as Array<{ path: string; value?: string; suggestions?: Array<{ code: string }> }>;
    expect(fields.map((f) => [f.path, f.value ?? null, f.suggestions?.[0]?.code ?? null])).toEqual([
      ['input.categoryCode', null, null],
      ['input.unit', 'штк', '796'],
      ['input.deliveryRegions', 'Tulla Oblast', 'RU-TUL'],
    ]);
    expect(await countRows(t, `SELECT count(*) AS n FROM offerings`)).toBe(offerings);
    expect(await countRows(t, `SELECT count(*) AS n FROM search_outbox`)).toBe(outbox);
  });
});

function orgInput(overrides: { country: 'BY' | 'RU'; region: string }) {
  return { name: `ООО Тест ${Math.random().toString(36).slice(2, 8)}`, taxId: freshTaxId(overrides.country), sectorCodes: ['87'], ...overrides };
}

function offeringInput(overrides: Record<string, unknown>) {
  return {
    kind: 'PRODUCT', title: 'Самосвал МАЗ-6501', description: 'Самосвал для дорожных работ.', categoryCode: '87.04', ...overrides,
  };
}
