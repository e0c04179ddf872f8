// Synthetic organizations for benchmarks: cheap to make, valid tax ids, fictional contacts.
import type { DemoOrganization } from './demo.types.js';
import type { DemoRandom } from './demo-random.js';
import { makeInn10, makeUnp, UNP_REGION_DIGIT } from './demo-tax-ids.js';
import { DEMO_PASSWORD } from './demo-users.js';
import { BY_REGIONS, OTHER_DELIVERY_REGIONS, SECTORS, VLADIMIR_OBLAST, familiesOfSector, type Sector } from './vocabulary.js';

const BY_LEGAL = ['ОАО', 'ЗАО', 'ООО', 'ЧУП', 'СООО', 'УП'];
const RU_LEGAL = ['ООО', 'АО', 'МУП', 'ГБУ', 'МКУ', 'ГКУ'];
const ROOTS = ['Бел', 'Полесье', 'Неман', 'Днепр', 'Сож', 'Березина', 'Припять', 'Двина', 'Нарочь', 'Свислочь', 'Клязьма', 'Ополье', 'Мещера', 'Суздаль', 'Нерль', 'Ока', 'Владимир', 'Ковров', 'Муром', 'Вязники', 'Гомель', 'Брест', 'Гродно', 'Витебск', 'Могилёв', 'Лида', 'Орша', 'Пинск'];
const SECTOR_SUFFIX: Record<Sector, string[]> = {
  transport: ['автотранс', 'авто', 'транс'], machinery: ['агромаш', 'маш', 'техника'], electrical: ['электро', 'энерго', 'кабель'],
  metal: ['мет', 'металл', 'профиль'], components: ['деталь', 'агрегат', 'комплект'], construction: ['строй', 'проект', 'дорстрой'],
  health: ['фарм', 'мед', 'диагностика'], 'agro-food': ['продукт', 'агро', 'молоко'], services: ['сервис', 'логистик', 'консалт'],
  partnership: ['инвест', 'развитие', 'партнёр'],
};
const CITIES: Record<string, string> = {
  'BY-HM': 'Минск', 'BY-MI': 'Борисов', 'BY-BR': 'Брест', 'BY-HO': 'Гомель',
  'BY-HR': 'Гродно', 'BY-MA': 'Могилёв', 'BY-VI': 'Витебск', [VLADIMIR_OBLAST]: 'Владимир',
};
const RU_TAX_OFFICES = ['3328', '3327', '3329', '3305', '3307', '3301', '3304', '3303'];

export interface BenchOrganization {
  organization: DemoOrganization;
  /** The sector the organization's listings mostly come from. */
  sector: Sector;
}

function digits(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `count` organizations, `byShare` of them Belarusian; UNP serials start at 9,000,000 and INN serials at 50,000 so they never collide with the demo ones. */
export function generateBenchOrganizations(rng: DemoRandom, count: number, byShare = 0.65): BenchOrganization[] {
  if (count >= 50_000) throw new Error('generateBenchOrganizations makes at most 49,999 organizations');
  const sectorCodes = new Map(SECTORS.map((sector) => [sector, [...new Set(familiesOfSector(sector).map((f) => f.categories[0]))]]));
  const organizations: BenchOrganization[] = [];
  const names = new Set<string>();
  let unpSerial = 9_000_000;
  for (let i = 1; i <= count; i++) {
    const country = rng.chance(byShare) ? 'BY' : 'RU';
    const sector = rng.pick(SECTORS);
    const region = country === 'BY' ? rng.pick(BY_REGIONS) : rng.chance(0.7) ? VLADIMIR_OBLAST : rng.pick(OTHER_DELIVERY_REGIONS);
    let taxId: string;
    if (country === 'BY') {
      const { unp, serial } = makeUnp(UNP_REGION_DIGIT[region], unpSerial);
      taxId = unp;
      unpSerial = serial + 1;
    } else {
      taxId = makeInn10(rng.pick(RU_TAX_OFFICES), 50_000 + i);
    }
    const legal = rng.pick(country === 'BY' ? BY_LEGAL : RU_LEGAL);
    let name = `${legal} «${rng.pick(ROOTS)}${rng.pick(SECTOR_SUFFIX[sector])}»`;
    if (names.has(name)) name = `${name.slice(0, -1)}-${i}»`;
    names.add(name);
    const key = `bench-org-${digits(i, 5)}`;
    const domain = `${key}.example.${country === 'BY' ? 'by' : 'ru'}`;
    const phone = country === 'BY' ? `+375 17 000-${digits(i % 10_000, 4)}` : `+7 4922 000-${digits(i % 1000, 3)}`;
    const organization: DemoOrganization = {
      key, name, country, region, taxId, sectorCodes: rng.sample(sectorCodes.get(sector) ?? [], 2), website: `https://${domain}`,
      verified: rng.chance(0.1),
      users: [{ email: `owner@${domain}`, password: DEMO_PASSWORD, displayName: `Представитель ${i}`, phone, locale: 'RU', role: 'OWNER' }],
    };
    if (CITIES[region]) organization.city = CITIES[region];
    organizations.push({ organization, sector });
  }
  return organizations;
}
