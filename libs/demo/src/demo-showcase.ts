// Fixed listings the README, demos and e2e tests can rely on, whatever the seed. Regions, units and
// certifications are reference codes (data/reference: "RU-VLA", "796" pieces, "TR-CU-018-2011"). Their dates are days
// after the day the data is loaded (`day`, midnight UTC), so they are current whenever it is loaded.
import { DAY_MS } from './demo-listing-builder.js';
import type { DemoNeed, DemoOffering } from './demo.types.js';

const after = (day: number, days: number) => new Date(day + days * DAY_MS).toISOString();

const GENITIVE_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** "1 сентября 2027 года" */
const inRussian = (iso: string) => {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${GENITIVE_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} года`;
};

export const BELAZ_75570_TITLE = 'Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т';

export function showcaseOfferings(day: number): DemoOffering[] {
  return [
    {
      key: 'off-belaz-001', orgKey: 'belaz', kind: 'PRODUCT', title: BELAZ_75570_TITLE,
      description: 'Карьерный самосвал БелАЗ-75570 грузоподъёмностью 90 т предназначен для перевозки горной массы и вскрышных пород на открытых горных работах. Гидромеханическая трансмиссия, кузов объёмом 53 м³ с обогревом выхлопными газами, кабина ROPS/FOPS. Поставляем с шеф-монтажом на месте эксплуатации и обучением водителей; гарантия 12 месяцев или 5000 моточасов. Сервисное сопровождение мининг-парков в ЦФО.',
      categoryCode: '87.04', keywords: ['самосвал', 'БелАЗ', 'карьерный', 'карьерный самосвал', 'БелАЗ-75570', '90 т', 'горная техника', 'mining dump truck'],
      price: { min: '118000000.00', max: '135000000.00', currency: 'RUB' }, minOrderQuantity: 1, unit: '796', leadTimeDays: 150,
      certifications: ['EAC', 'TR-CU-018-2011', 'ISO-9001'], deliveryRegions: ['RU-VLA', 'RU-MOS', 'RU-NIZ'],
      status: 'PUBLISHED',
    },
    {
      key: 'off-maz-001', orgKey: 'maz', kind: 'PRODUCT', title: 'Городской низкопольный автобус МАЗ-203 для маршрутов Владимирской области',
      description: 'Автобус большого класса МАЗ-203 длиной 12 м вмещает до 100 пассажиров, полностью низкопольный, с аппарелью для маломобильных пассажиров. Двигатель Евро-5, автоматическая коробка передач, климатическая установка салона, видеонаблюдение и USB-зарядки. Гарантия 24 месяца; сервис и склад запчастей во Владимире. Поставка партиями до 40 машин за 120 дней.',
      categoryCode: '87.02', keywords: ['автобус', 'городской автобус', 'МАЗ-203', 'МАЗ', 'низкопольный', 'city bus'],
      price: { min: '19800000.00', max: '22500000.00', currency: 'RUB' }, minOrderQuantity: 1, unit: '796', leadTimeDays: 120,
      certifications: ['EAC', 'TR-CU-018-2011', 'ISO-9001'], deliveryRegions: ['RU-VLA', 'RU-MOS', 'RU-IVA'],
      status: 'PUBLISHED', validUntil: after(day, 364),
    },
    {
      key: 'off-mtz-001', orgKey: 'mtz', kind: 'PARTNERSHIP', title: 'Совместная сборка тракторов «Беларус» малой мощности во Владимирской области',
      description: 'МТЗ предлагает организовать сборку тракторов «Беларус-320.4» и «Беларус-132Н» из машинокомплектов на площадке партнёра во Владимирской области. Передаём технологическую документацию и оснастку, обучаем персонал сборочного участка. Мощность первой очереди — 500 тракторов в год с поэтапной локализацией до 50%.',
      categoryCode: 'P.ASSEMBLY', keywords: ['сборка тракторов', 'машинокомплект', 'Беларус', 'МТЗ', 'трактор малой мощности', 'локализация'],
      unit: '876', leadTimeDays: 270, certifications: [], deliveryRegions: ['RU-VLA'], status: 'PUBLISHED',
    },
    {
      key: 'off-kozlov-001', orgKey: 'kozlov', kind: 'PRODUCT', title: 'Трансформатор ТМГ-630/10-0,4 для реконструкции подстанций',
      description: 'Силовой масляный трансформатор ТМГ-630/10-0,4 в герметичном исполнении, схема соединения Д/Ун-11. Не требует обслуживания в течение 30 лет. Протоколы заводских испытаний прилагаются; отгрузка со склада в Смоленске.',
      categoryCode: '85.04', keywords: ['трансформатор', 'ТМГ', 'ТМГ-630', 'силовой трансформатор', 'подстанция'],
      price: { min: '1150000.00', currency: 'RUB' }, minOrderQuantity: 1, unit: '796', leadTimeDays: 45,
      certifications: ['EAC', 'ISO-9001'], deliveryRegions: ['RU-VLA', 'RU-MOW'], status: 'PUBLISHED',
    },
  ];
}

export function showcaseNeeds(day: number): DemoNeed[] {
  const buses = after(day, 243);
  return [
    {
      key: 'need-vladimir-procurement-001', orgKey: 'vladimir-procurement', title: 'Поставка 40 городских автобусов большого класса',
      description: `Для обновления подвижного состава городских маршрутов Владимира, Коврова и Мурома требуются 40 низкопольных автобусов большого класса длиной около 12 м. Обязательны кондиционер салона, аппарель для маломобильных пассажиров и оборудование для безналичной оплаты проезда. Продукция должна иметь сертификат EAC; поставка до ${inRussian(buses)}.`,
      categoryCode: '87.02', keywords: ['автобус', 'городской автобус', 'низкопольный', 'большой класс'], quantity: 40, unit: '796',
      budget: { max: '21000000.00', currency: 'RUB' }, neededBy: buses, deliveryRegion: 'RU-VLA',
      requiredCertifications: ['EAC'], status: 'OPEN',
    },
    {
      key: 'need-vladimirupravdor-001', orgKey: 'vladimirupravdor', title: 'Карьерные самосвалы грузоподъёмностью 90 т для щебёночного карьера',
      description: 'Для разработки щебёночного карьера, обеспечивающего ремонт региональных дорог, требуются 2 карьерных самосвала грузоподъёмностью 90 т. Поставка с шеф-монтажом и обучением водителей, сервисный контракт на 3 года.',
      categoryCode: '87.04', keywords: ['самосвал', 'карьерный', 'карьерный самосвал', '90 т'], quantity: 2, unit: '796',
      budget: { max: '140000000.00', currency: 'RUB' }, neededBy: after(day, 273), deliveryRegion: 'RU-VLA',
      requiredCertifications: ['EAC'], status: 'OPEN',
    },
    {
      key: 'need-minselkhoz-vo-001', orgKey: 'minselkhoz-vo', title: 'Тракторы малой мощности и организация их сборки в области',
      description: 'Министерство ищет производителя тракторов малой мощности (30–50 л. с.) для поставки 150 машин фермерским хозяйствам и организации их сборки на площадке индустриального парка «Ковров». Требуются машинокомплекты, технологическая документация и обучение персонала.',
      categoryCode: 'P.ASSEMBLY', keywords: ['трактор малой мощности', 'сборка тракторов', 'машинокомплект', 'локализация'], quantity: 150, unit: '796',
      neededBy: after(day, 425), deliveryRegion: 'RU-VLA', requiredCertifications: [], status: 'OPEN',
    },
    {
      key: 'need-uks-vo-001', orgKey: 'uks-vo', title: 'Строительство общеобразовательной школы на 1100 мест в г. Владимире',
      description: 'Ищем генерального подрядчика на строительство школы на 1100 мест по национальному проекту. Проектная документация имеет положительное заключение госэкспертизы. Требуется членство в СРО и опыт строительства не менее двух аналогичных объектов за 5 лет.',
      categoryCode: 'S.CONSTRUCTION', keywords: ['строительство школы', 'генподряд', 'школа'], neededBy: after(day, 545),
      deliveryRegion: 'RU-VLA', requiredCertifications: ['SRO'], status: 'OPEN',
    },
    {
      key: 'need-lab-center-vo-001', orgKey: 'lab-center-vo', title: 'Наборы реагентов ИФА на годовую потребность лаборатории',
      description: 'Требуются иммуноферментные тест-системы для определения ТТГ, ферритина и маркеров гепатита B — всего 400 наборов по 96 определений. Регистрационное удостоверение РФ, остаточный срок годности не менее 9 месяцев.',
      categoryCode: '38.22', keywords: ['ИФА', 'тест-система', 'набор реагентов', 'диагностика'], quantity: 400, unit: '839',
      budget: { max: '18000.00', currency: 'RUB' }, neededBy: after(day, 104), deliveryRegion: 'RU-VLA',
      requiredCertifications: ['ISO-13485'], status: 'OPEN',
    },
  ];
}
