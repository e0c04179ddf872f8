import type { DemoOrganization } from './demo.types.js';
import { demoUser as u } from './demo-users.js';

// Belarusian industrial suppliers, modelled on real enterprises. Tax ids are synthetic (valid check
// digits, not the companies' real UNPs); every contact is fictional.
export const DEMO_BY_INDUSTRY: DemoOrganization[] = [
  {
    key: 'maz', name: 'ОАО «Минский автомобильный завод» (МАЗ)', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100113733', sectorCodes: ['XVII', '87.02', '87.04', '87.16', 'S.MAINTENANCE'], website: 'https://maz.example.by', verified: true,
    description: 'Управляющая компания холдинга «БЕЛАВТОМАЗ»: городские и междугородние автобусы, электробусы, грузовые автомобили, самосвалы и прицепная техника. Дилерская и сервисная сеть в Центральном федеральном округе.',
    users: [
      u('supplier@maz.example.by', 'Андрей Ковальчук', 'Директор по продажам в Российской Федерации', '+375 17 000-12-01'),
      u('service@maz.example.by', 'Ольга Жук', 'Руководитель сервисного направления', '+375 17 000-12-02', 'MEMBER'),
    ],
  },
  {
    key: 'belaz', name: 'ОАО «БЕЛАЗ» — управляющая компания холдинга «БЕЛАЗ-ХОЛДИНГ»', country: 'BY', region: 'BY-MI', city: 'Жодино',
    taxId: '600127467', sectorCodes: ['XVII', '87.04', 'S.MAINTENANCE'], website: 'https://belaz.example.by', verified: true,
    description: 'Карьерные самосвалы грузоподъёмностью от 30 до 450 т, фронтальные погрузчики и машины для подземных работ; сервисное сопровождение парков техники.',
    users: [
      u('sales@belaz.example.by', 'Сергей Лапицкий', 'Начальник управления продаж', '+375 1775 000-301'),
      u('export@belaz.example.by', 'Pavel Hrynevich', 'Export manager', '+375 1775 000-302', 'MEMBER', 'EN'),
    ],
  },
  {
    key: 'mtz', name: 'ОАО «Минский тракторный завод» (МТЗ, тракторы «Беларус»)', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100141195', sectorCodes: ['XVII', '87.01', 'P.ASSEMBLY'], website: 'https://mtz.example.by', verified: true,
    description: 'Колёсные тракторы «Беларус» мощностью от 12 до 450 л. с., машинокомплекты для сборочных производств за рубежом, запасные части и обучение сервисного персонала.',
    users: [
      u('sales@mtz.example.by', 'Виктор Дашкевич', 'Заместитель генерального директора по сбыту', '+375 17 000-23-10'),
      u('assembly@mtz.example.by', 'Наталья Гурская', 'Руководитель проектов сборочных производств', '+375 17 000-23-11', 'MEMBER'),
    ],
  },
  {
    key: 'gomselmash', name: 'ОАО «Гомсельмаш»', country: 'BY', region: 'BY-HO', city: 'Гомель',
    taxId: '400154922', sectorCodes: ['XVI', '84.33', 'P.SERVICE_CENTER'], website: 'https://gomselmash.example.by', verified: true,
    description: 'Зерноуборочные и кормоуборочные комбайны «ПАЛЕССЕ», косилки и жатки; сборочное производство в России и сервисные центры в регионах.',
    users: [u('sales@gomselmash.example.by', 'Игорь Бондаренко', 'Директор по маркетингу и продажам', '+375 232 000-441')],
  },
  {
    key: 'amkodor', name: 'ОАО «Амкодор» — управляющая компания холдинга', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100168655', sectorCodes: ['XVI', '84.29', '84.30', '87.05'], website: 'https://amkodor.example.by',  verified: false,
    description: 'Дорожно-строительная и коммунальная техника: фронтальные погрузчики, экскаваторы-погрузчики, катки, снегоочистители и подметально-уборочные машины.',
    users: [
      u('sales@amkodor.example.by', 'Дмитрий Сацура', 'Начальник отдела продаж в РФ', '+375 17 000-34-50'),
      u('municipal@amkodor.example.by', 'Елена Михневич', 'Менеджер по коммунальной технике', '+375 17 000-34-51', 'MEMBER'),
    ],
  },
  {
    key: 'belshina', name: 'ОАО «Белшина»', country: 'BY', region: 'BY-MA', city: 'Бобруйск',
    taxId: '700182383', sectorCodes: ['VII', '40.11'], website: 'https://belshina.example.by', verified: true,
    description: 'Шины для грузовых автомобилей и автобусов, сельскохозяйственной, дорожно-строительной и карьерной техники, в том числе крупногабаритные шины для самосвалов БелАЗ.',
    users: [u('export@belshina.example.by', 'Татьяна Русакович', 'Начальник отдела экспорта', '+375 225 000-710')],
  },
  {
    key: 'mzkt', name: 'ОАО «Минский завод колёсных тягачей» (МЗКТ)', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100196114', sectorCodes: ['XVII', '87.04', '87.16'], website: 'https://mzkt.example.by', verified: false,
    description: 'Многоосные колёсные шасси и седельные тягачи для перевозки тяжеловесных грузов, специальные полуприцепы.',
    users: [u('civil@mzkt.example.by', 'Александр Шевчук', 'Руководитель гражданского направления', '+375 17 000-45-60')],
  },
  {
    key: 'belkommunmash', name: 'ОАО «Управляющая компания холдинга «Белкоммунмаш»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100209842', sectorCodes: ['XVII', '87.02', '86.03'], website: 'https://bkm.example.by', verified: true,
    description: 'Троллейбусы с увеличенным автономным ходом, электробусы и трамваи для городского транспорта; зарядная инфраструктура.',
    users: [u('sales@bkm.example.by', 'Ирина Лукашевич', 'Директор по внешнеэкономической деятельности', '+375 17 000-56-70')],
  },
  {
    key: 'kozlov', name: 'ОАО «Минский электротехнический завод имени В. И. Козлова»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100223572', sectorCodes: ['XVI', '85.04', '85.37'], website: 'https://metz.example.by', verified: true,
    description: 'Силовые масляные трансформаторы ТМГ мощностью до 2500 кВА, комплектные трансформаторные подстанции КТП и БКТП для сетей 6–10 кВ.',
    users: [
      u('sales@metz.example.by', 'Юрий Карпович', 'Начальник отдела маркетинга', '+375 17 000-67-80'),
      u('ru@metz.example.by', 'Анна Мельник', 'Менеджер по России', '+375 17 000-67-81', 'MEMBER'),
    ],
  },
  {
    key: 'bmz', name: 'ОАО «Белорусский металлургический завод — управляющая компания холдинга «БМК»', country: 'BY', region: 'BY-HO', city: 'Жлобин',
    taxId: '400237300', sectorCodes: ['XV', '72.14', '72.17', '73.04'], website: 'https://bmz.example.by', verified: true,
    description: 'Арматурный прокат, катанка, металлокорд, бесшовные горячекатаные трубы и проволока для строительства и машиностроения.',
    users: [u('sales@bmz.example.by', 'Роман Гайдукевич', 'Директор по сбыту', '+375 2334 000-91')],
  },
  {
    key: 'mmz', name: 'ОАО «Управляющая компания холдинга «Минский моторный завод»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100251031', sectorCodes: ['XVI', '84.08', '84.09'], website: 'https://mmz.example.by', verified: false,
    description: 'Дизельные двигатели ММЗ мощностью 50–250 л. с. для тракторов, автобусов, грузовиков и спецтехники; запасные части и капитальный ремонт двигателей.',
    users: [u('sales@mmz.example.by', 'Олег Савицкий', 'Начальник управления продаж', '+375 17 000-78-90')],
  },
  {
    key: 'bate', name: 'ОАО «БАТЭ» — управляющая компания холдинга «Автокомпоненты»', country: 'BY', region: 'BY-MI', city: 'Борисов',
    taxId: '600264764', sectorCodes: ['XVI', '85.11', '87.08'], website: 'https://bate.example.by', verified: false,
    description: 'Стартеры, генераторы и электрооборудование для автомобилей, тракторов и комбайнов.',
    users: [u('sales@bate.example.by', 'Людмила Ананич', 'Менеджер по продажам', '+375 177 000-120')],
  },
  {
    key: 'belkard', name: 'ОАО «Белкард»', country: 'BY', region: 'BY-HR', city: 'Гродно',
    taxId: '500292227', sectorCodes: ['XVI', '84.83', '87.08'], website: 'https://belkard.example.by', verified: false,
    description: 'Карданные валы и шарниры для грузовых автомобилей, автобусов, тракторов и сельхозмашин.',
    users: [u('sales@belkard.example.by', 'Вадим Кравчук', 'Начальник отдела сбыта', '+375 152 000-130')],
  },
  {
    key: 'gzaa', name: 'ОАО «Гродненский завод автомобильных агрегатов»', country: 'BY', region: 'BY-HR', city: 'Гродно',
    taxId: '500305955', sectorCodes: ['XVII', '87.08'], website: 'https://gzaa.example.by', verified: false,
    description: 'Тормозная аппаратура, гидроусилители руля и агрегаты пневмосистем для автомобилей МАЗ, автобусов и тракторов.',
    users: [u('sales@gzaa.example.by', 'Светлана Волчек', 'Ведущий специалист по продажам', '+375 152 000-140')],
  },
  {
    key: 'ozaa', name: 'ОАО «Осиповичский завод автомобильных агрегатов»', country: 'BY', region: 'BY-MA', city: 'Осиповичи',
    taxId: '700333417', sectorCodes: ['XVII', '87.08'], website: 'https://ozaa.example.by', verified: false,
    description: 'Сцепления, тормозные колодки и узлы трансмиссии для грузовых автомобилей, автобусов и тракторов.',
    users: [u('sales@ozaa.example.by', 'Геннадий Мороз', 'Заместитель директора по коммерческим вопросам', '+375 2235 000-15')],
  },
  {
    key: 'difa', name: 'СООО «ДИФА»', country: 'BY', region: 'BY-HR', city: 'Гродно',
    taxId: '500347146', sectorCodes: ['XVI', '84.21'], website: 'https://difa.example.by', verified: false,
    description: 'Масляные, топливные и воздушные фильтры для грузовиков, автобусов, тракторов и дорожной техники.',
    users: [u('sales@difa.example.by', 'Marina Sokol', 'Key account manager', '+375 152 000-160', 'OWNER', 'EN')],
  },
  {
    key: 'mzsh', name: 'ОАО «Минский завод шестерён»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100374609', sectorCodes: ['XVI', '84.83'], website: 'https://mzsh.example.by', verified: false,
    description: 'Коробки передач, раздаточные коробки, шестерни и валы для автомобилей, тракторов и спецтехники.',
    users: [u('sales@mzsh.example.by', 'Константин Ярош', 'Начальник отдела маркетинга', '+375 17 000-17-70')],
  },
  {
    key: 'mogilevliftmash', name: 'ОАО «Могилевлифтмаш»', country: 'BY', region: 'BY-MA', city: 'Могилёв',
    taxId: '700388339', sectorCodes: ['XVI', '84.28', 'S.MAINTENANCE'], website: 'https://liftmash.example.by', verified: true,
    description: 'Пассажирские, больничные и грузовые лифты, подъёмники для маломобильных граждан; монтаж и замена лифтов в школах, больницах и жилых домах.',
    users: [u('ru@liftmash.example.by', 'Андрей Пашкевич', 'Руководитель представительства в РФ', '+375 222 000-180')],
  },
  {
    key: 'mogilevtransmash', name: 'ОАО «Могилевтрансмаш»', country: 'BY', region: 'BY-MA', city: 'Могилёв',
    taxId: '700402066', sectorCodes: ['XVII', '87.05', '87.16'], website: 'https://mtm.example.by', verified: false,
    description: 'Мусоровозы, комбинированные дорожные машины и прицепы на шасси МАЗ для коммунальных служб.',
    users: [u('sales@mtm.example.by', 'Николай Жданович', 'Начальник отдела продаж', '+375 222 000-190')],
  },
  {
    key: 'bobruiskagromash', name: 'ОАО «Бобруйскагромаш»', country: 'BY', region: 'BY-MA', city: 'Бобруйск',
    taxId: '700415797', sectorCodes: ['XVI', '84.32', '84.33'], website: 'https://agromash.example.by', verified: false,
    description: 'Пресс-подборщики, машины для внесения удобрений, косилки и полуприцепы для сельского хозяйства.',
    users: [u('sales@agromash.example.by', 'Валентина Климович', 'Ведущий экономист по сбыту', '+375 225 000-200')],
  },
  {
    key: 'lidagroprommash', name: 'ОАО «Лидагропроммаш»', country: 'BY', region: 'BY-HR', city: 'Лида',
    taxId: '500429523', sectorCodes: ['XVI', '84.32', '84.36'], website: 'https://lidagro.example.by', verified: false,
    description: 'Сеялки, почвообрабатывающие агрегаты и оборудование для животноводческих ферм.',
    users: [u('sales@lidagro.example.by', 'Павел Станкевич', 'Начальник отдела маркетинга', '+375 154 000-210')],
  },
  {
    key: 'vztz', name: 'ОАО «Витебский завод тракторных запчастей»', country: 'BY', region: 'BY-VI', city: 'Витебск',
    taxId: '300443250', sectorCodes: ['XVII', '87.08'], website: 'https://vztz.example.by', verified: false,
    description: 'Запасные части к тракторам «Беларус», комбайнам и автомобилям МАЗ: узлы ходовой части, гидравлики и трансмиссии.',
    users: [u('sales@vztz.example.by', 'Оксана Федорович', 'Менеджер по продажам', '+375 212 000-220')],
  },
  {
    key: 'vmrz', name: 'ОАО «Витебский мотороремонтный завод»', country: 'BY', region: 'BY-VI', city: 'Витебск',
    taxId: '300456981', sectorCodes: ['S.MAINTENANCE', '84.08'], website: 'https://vmrz.example.by', verified: false,
    description: 'Капитальный ремонт двигателей, агрегатов и узлов автомобилей МАЗ, самосвалов БелАЗ и тракторов «Беларус»; обменный фонд агрегатов.',
    users: [u('service@vmrz.example.by', 'Артём Жуковский', 'Начальник производства', '+375 212 000-230')],
  },
  {
    key: 'belaruskabel', name: 'ОАО «Беларускабель»', country: 'BY', region: 'BY-HO', city: 'Мозырь',
    taxId: '400470715', sectorCodes: ['XVI', '85.44'], website: 'https://belkabel.example.by', verified: false,
    description: 'Силовые и контрольные кабели, провода и самонесущие изолированные провода для сетей до 35 кВ.',
    users: [u('sales@belkabel.example.by', 'Евгений Грищенко', 'Начальник отдела продаж', '+375 236 000-240')],
  },
  {
    key: 'bel-lamp', name: 'ОАО «Брестский электроламповый завод»', country: 'BY', region: 'BY-BR', city: 'Брест',
    taxId: '200484444', sectorCodes: ['XX', '94.05', '85.39'], website: 'https://lamp.example.by', verified: false,
    description: 'Светодиодные светильники уличного, промышленного и школьного освещения, лампы и прожекторы.',
    users: [u('sales@lamp.example.by', 'Алина Коваленко', 'Менеджер по экспорту', '+375 162 000-250')],
  },
  {
    key: 'mtrz', name: 'ЗАО «Молодечненский трубопрокатный завод»', country: 'BY', region: 'BY-MI', city: 'Молодечно',
    taxId: '600498171', sectorCodes: ['XV', '73.06'], website: 'https://mtrz.example.by', verified: false,
    description: 'Электросварные водогазопроводные и профильные трубы, трубы для систем отопления и металлоконструкций.',
    users: [u('sales@mtrz.example.by', 'Денис Рымашевский', 'Коммерческий директор', '+375 176 000-260')],
  },
  {
    key: 'mzmk', name: 'ОАО «Молодечненский завод металлоконструкций»', country: 'BY', region: 'BY-MI', city: 'Молодечно',
    taxId: '600511905', sectorCodes: ['XV', '73.08', 'S.CONSTRUCTION'], website: 'https://mzmk.example.by', verified: false,
    description: 'Металлоконструкции каркасов зданий, ферм, мостовых пролётов и опор освещения; монтаж на объекте заказчика.',
    users: [u('sales@mzmk.example.by', 'Виталий Нестерович', 'Начальник отдела продаж', '+375 176 000-270')],
  },
  {
    key: 'rmz', name: 'ОАО «Речицкий метизный завод»', country: 'BY', region: 'BY-HO', city: 'Речица',
    taxId: '400525634', sectorCodes: ['XV', '72.17', '73.12', '73.18'], website: 'https://rmz.example.by', verified: false,
    description: 'Проволока, канаты, сетка, крепёж и гвозди для строительства и промышленности.',
    users: [u('sales@rmz.example.by', 'Жанна Ковалёва', 'Начальник отдела сбыта', '+375 2340 000-28')],
  },
  {
    key: 'grodno-azot', name: 'ОАО «Гродно Азот»', country: 'BY', region: 'BY-HR', city: 'Гродно',
    taxId: '500539362', sectorCodes: ['VI', '31.02'], website: 'https://azot.example.by', verified: true,
    description: 'Азотные удобрения: карбамид, аммиачная селитра, сульфат аммония, КАС; капролактам и метанол.',
    users: [u('sales@azot.example.by', 'Михаил Ясинский', 'Директор по сбыту', '+375 152 000-290')],
  },
  {
    key: 'belaruskali', name: 'ОАО «Беларуськалий»', country: 'BY', region: 'BY-MI', city: 'Солигорск',
    taxId: '600553099', sectorCodes: ['VI', '31.04', '31.05'], website: 'https://kali.example.by', verified: true,
    description: 'Калийные удобрения: хлористый калий гранулированный и мелкий, комплексные NPK-удобрения.',
    users: [u('agro@kali.example.by', 'Инна Шпилевская', 'Руководитель направления внутреннего рынка ЕАЭС', '+375 174 000-300')],
  },
  {
    key: 'belmedpreparaty', name: 'РУП «Белмедпрепараты»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100566825', sectorCodes: ['VI', '30.04', '30.02'], website: 'https://belmed.example.by', verified: true,
    description: 'Лекарственные средства по стандартам GMP: антибиотики, противоопухолевые, кардиологические и инфузионные препараты, инсулины.',
    users: [
      u('export@belmed.example.by', 'Елена Шабуня', 'Начальник отдела внешнеэкономических связей', '+375 17 000-31-10'),
      u('tenders@belmed.example.by', 'Кирилл Адамович', 'Специалист по тендерам в РФ', '+375 17 000-31-11', 'MEMBER'),
    ],
  },
  {
    key: 'bzmp', name: 'ОАО «Борисовский завод медицинских препаратов»', country: 'BY', region: 'BY-MI', city: 'Борисов',
    taxId: '600580557', sectorCodes: ['VI', '30.04'], website: 'https://borimed.example.by', verified: false,
    description: 'Таблетированные, инъекционные и мягкие лекарственные формы: более 300 наименований, в том числе препараты из перечня ЖНВЛП.',
    users: [u('export@borimed.example.by', 'Светлана Драпеза', 'Менеджер по экспорту', '+375 177 000-320')],
  },
  {
    key: 'ibch', name: 'ГНУ «Институт биоорганической химии НАН Беларуси» (производство тест-систем)', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100594287', sectorCodes: ['VI', '38.22', 'P.TECHNOLOGY_TRANSFER'], website: 'https://iboch.example.by', verified: false,
    description: 'Иммуноферментные тест-системы для диагностики гормональных, инфекционных и онкологических заболеваний; передача технологий производства.',
    users: [u('kits@iboch.example.by', 'Ксения Рудь', 'Заведующая сектором производства тест-систем', '+375 17 000-33-30')],
  },
  {
    key: 'diagentest', name: 'ООО «ДиаГенТест»', country: 'BY', region: 'BY-MI', city: 'Боровляны',
    taxId: '600608015', sectorCodes: ['VI', '38.22', '90.27'], website: 'https://diagentest.example.by', verified: false,
    description: 'Наборы реагентов для ПЦР-диагностики инфекций в реальном времени, экспресс-тесты и лабораторные расходные материалы.',
    users: [u('info@diagentest.example.by', 'Maksim Yurchenko', 'Business development director', '+375 17 000-34-40', 'OWNER', 'EN')],
  },
  {
    key: 'belmedtech', name: 'СООО «БелМедТехника»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100621742', sectorCodes: ['XVIII', '90.18', '90.22'], website: 'https://belmedtech.example.by', verified: false,
    description: 'Медицинское оборудование: рентгенодиагностические комплексы, облучатели-рециркуляторы, функциональные кровати и оборудование для ФАПов.',
    users: [u('sales@belmedtech.example.by', 'Вера Осипчук', 'Руководитель отдела продаж', '+375 17 000-35-50')],
  },
];
