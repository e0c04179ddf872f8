import type { DemoOrganization } from './demo.types.js';
import { demoUser as u } from './demo-users.js';

// Belarusian food and agricultural exporters, construction trusts and service providers.
// Tax ids are synthetic (valid check digits); every contact is fictional.
export const DEMO_BY_AGRO_SERVICES: DemoOrganization[] = [
  {
    key: 'savushkin', name: 'ОАО «Савушкин продукт»', country: 'BY', region: 'BY-BR', city: 'Брест',
    taxId: '200635470', sectorCodes: ['I', '04.01', '04.06'], website: 'https://savushkin.example.by', verified: true,
    description: 'Молочная продукция: молоко, кефир, йогурты, творог, сыры и сливочное масло; поставки в торговые сети и на социальные объекты России.',
    users: [
      u('export@savushkin.example.by', 'Марина Левчук', 'Руководитель направления продаж в РФ', '+375 162 000-401'),
      u('tenders@savushkin.example.by', 'Игорь Пархимович', 'Специалист по госзакупкам', '+375 162 000-402', 'MEMBER'),
    ],
  },
  {
    key: 'babushkina-krynka', name: 'ОАО «Бабушкина крынка» — управляющая компания холдинга «Могилевская молочная компания»', country: 'BY', region: 'BY-MA', city: 'Могилёв',
    taxId: '700649201', sectorCodes: ['I', '04.01', '04.05', '04.06'], website: 'https://krynka.example.by', verified: false,
    description: 'Цельномолочная продукция, сыры, масло сливочное и сухие молочные продукты.',
    users: [u('sales@krynka.example.by', 'Людмила Цыбулько', 'Начальник отдела сбыта', '+375 222 000-410')],
  },
  {
    key: 'slutsk-cheese', name: 'ОАО «Слуцкий сыродельный комбинат»', country: 'BY', region: 'BY-MI', city: 'Слуцк',
    taxId: '600662934', sectorCodes: ['I', '04.05', '04.06', '04.02'], website: 'https://slutsk-cheese.example.by', verified: false,
    description: 'Сыры твёрдые и полутвёрдые, масло сливочное, сухое молоко и сыворотка.',
    users: [u('sales@slutsk-cheese.example.by', 'Андрей Мартинович', 'Заместитель директора по сбыту', '+375 1795 000-42')],
  },
  {
    key: 'brest-meat', name: 'ОАО «Брестский мясокомбинат»', country: 'BY', region: 'BY-BR', city: 'Брест',
    taxId: '200676660', sectorCodes: ['I', '02.02', '02.03', '16.02'], website: 'https://brestmeat.example.by', verified: false,
    description: 'Говядина и свинина в полутушах и отрубах, колбасные изделия и мясные консервы.',
    users: [u('sales@brestmeat.example.by', 'Сергей Дубовик', 'Начальник отдела продаж', '+375 162 000-430')],
  },
  {
    key: 'grodno-meat', name: 'ОАО «Гродненский мясокомбинат»', country: 'BY', region: 'BY-HR', city: 'Гродно',
    taxId: '500704126', sectorCodes: ['I', '02.01', '02.03', '16.02'], website: 'https://grodnomeat.example.by', verified: false,
    description: 'Мясо охлаждённое и замороженное, полуфабрикаты, консервы для социальных учреждений.',
    users: [u('sales@grodnomeat.example.by', 'Анастасия Василевская', 'Менеджер по экспорту', '+375 152 000-440')],
  },
  {
    key: 'skidel-sugar', name: 'ОАО «Скидельский сахарный комбинат»', country: 'BY', region: 'BY-HR', city: 'Скидель',
    taxId: '500717857', sectorCodes: ['IV', '17.01'], website: 'https://skidel-sugar.example.by', verified: false,
    description: 'Сахар белый кристаллический в мешках и фасованный, свекловичный жом и меласса.',
    users: [u('sales@skidel-sugar.example.by', 'Владимир Сенько', 'Начальник отдела сбыта', '+375 152 000-450')],
  },
  {
    key: 'minsk-khp', name: 'ОАО «Минский комбинат хлебопродуктов»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100731581', sectorCodes: ['II', '11.02', '11.03', '11.04'], website: 'https://khp.example.by', verified: false,
    description: 'Мука ржаная и смеси, крупы, хлопья овсяные и комбикорма.',
    users: [u('sales@khp.example.by', 'Татьяна Горбач', 'Начальник коммерческого отдела', '+375 17 000-46-60')],
  },
  {
    key: 'potato-center', name: 'РУП «Научно-практический центр НАН Беларуси по картофелеводству и плодоовощеводству»', country: 'BY', region: 'BY-MI', city: 'Самохваловичи',
    taxId: '600745312', sectorCodes: ['II', '07.01', '12.09', '08.08'], website: 'https://belpotato.example.by', verified: true,
    description: 'Оригинальный и элитный семенной картофель белорусских сортов, посадочный материал плодовых культур, консультации по технологиям.',
    users: [u('seed@belpotato.example.by', 'Ирина Козлович', 'Заведующая отделом маркетинга', '+375 17 000-47-70')],
  },
  {
    key: 'zemledelie', name: 'РУП «Научно-практический центр НАН Беларуси по земледелию»', country: 'BY', region: 'BY-MI', city: 'Жодино',
    taxId: '600759044', sectorCodes: ['II', '10.03', '12.09'], website: 'https://izis.example.by', verified: false,
    description: 'Семена зерновых, зернобобовых, крестоцветных и кормовых культур белорусской селекции.',
    users: [u('seed@izis.example.by', 'Николай Гордей', 'Начальник отдела реализации семян', '+375 1775 000-48')],
  },
  {
    key: 'polesie-orchard', name: 'СПК «Полесский сад»', country: 'BY', region: 'BY-BR', city: 'Пинск',
    taxId: '200772778', sectorCodes: ['II', '08.08', '07.01'], website: 'https://polesie-sad.example.by', verified: false,
    description: 'Яблоки из собственных садов с хранением в регулируемой газовой среде, продовольственный картофель и овощи.',
    users: [u('sales@polesie-sad.example.by', 'Олег Шишко', 'Председатель', '+375 165 000-490')],
  },
  {
    key: 'minskpromstroy', name: 'ОАО «Минскпромстрой»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100786500', sectorCodes: ['S', 'S.CONSTRUCTION', 'S.ENGINEERING'], website: 'https://mps.example.by', verified: true,
    description: 'Генеральный подрядчик: строительство школ, детских садов, больниц и спортивных объектов «под ключ», в том числе в России.',
    users: [
      u('tenders@mps.example.by', 'Геннадий Бобрович', 'Заместитель генерального директора', '+375 17 000-50-01'),
      u('pto@mps.example.by', 'Яна Кисель', 'Начальник производственно-технического отдела', '+375 17 000-50-02', 'MEMBER'),
    ],
  },
  {
    key: 'gomel-dsk', name: 'ОАО «Гомельский домостроительный комбинат»', country: 'BY', region: 'BY-HO', city: 'Гомель',
    taxId: '400800237', sectorCodes: ['XIII', '68.10', '94.06', 'S.CONSTRUCTION'], website: 'https://gdsk.example.by', verified: false,
    description: 'Сборный железобетон, модульные здания ФАПов и детских садов, строительство социальных объектов.',
    users: [u('sales@gdsk.example.by', 'Руслан Тарасевич', 'Начальник отдела маркетинга', '+375 232 000-510')],
  },
  {
    key: 'grodnooblodorstroy', name: 'ОАО «Гроднооблдорстрой»', country: 'BY', region: 'BY-HR', city: 'Гродно',
    taxId: '500813964', sectorCodes: ['S.CONSTRUCTION'], website: 'https://gods.example.by', verified: false,
    description: 'Строительство, реконструкция и ремонт автомобильных дорог и мостов, производство асфальтобетона.',
    users: [u('tenders@gods.example.by', 'Станислав Ломако', 'Главный инженер', '+375 152 000-520')],
  },
  {
    key: 'stroytrest-12', name: 'ОАО «Строительный трест № 12»', country: 'BY', region: 'BY-MA', city: 'Могилёв',
    taxId: '700827699', sectorCodes: ['S.CONSTRUCTION'], website: 'https://trest12.example.by', verified: false,
    description: 'Капитальный ремонт и реконструкция школ, поликлиник, домов культуры и общежитий.',
    users: [u('office@trest12.example.by', 'Валерий Прокопович', 'Директор', '+375 222 000-530')],
  },
  {
    key: 'belgosproekt', name: 'ОАО «Институт Белгоспроект»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100841428', sectorCodes: ['S.ENGINEERING'], website: 'https://belgosproekt.example.by', verified: false,
    description: 'Проектирование общественных зданий: школы, детские сады, больницы; адаптация типовых проектов к нормам РФ.',
    users: [u('gip@belgosproekt.example.by', 'Людмила Хомич', 'Главный инженер проекта', '+375 17 000-54-40')],
  },
  {
    key: 'polotsk-steklovolokno', name: 'ОАО «Полоцк-Стекловолокно»', country: 'BY', region: 'BY-VI', city: 'Полоцк',
    taxId: '300855152', sectorCodes: ['XIII', '70.19'], website: 'https://polotsk-sv.example.by', verified: false,
    description: 'Стеклосетки для армирования асфальтобетона, стеклоткани и строительные сетки.',
    users: [u('sales@polotsk-sv.example.by', 'Ганна Лаўрыновіч', 'Менеджер по продажам', '+375 214 000-550')],
  },
  {
    key: 'promagroleasing', name: 'ЗАО «Промагролизинг»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100868880', sectorCodes: ['S.LEASING'], website: 'https://pal.example.by', verified: true,
    description: 'Лизинг белорусской техники для покупателей в России: автобусы, тракторы, коммунальная и дорожная техника.',
    users: [u('ru@pal.example.by', 'Дарья Сидорович', 'Руководитель направления РФ', '+375 17 000-56-60')],
  },
  {
    key: 'beltranslogistic', name: 'ООО «БелТрансЛогистик»', country: 'BY', region: 'BY-MI', city: 'Колодищи',
    taxId: '600896341', sectorCodes: ['S.LOGISTICS'], website: 'https://btl.example.by', verified: false,
    description: 'Автомобильные и мультимодальные перевозки Беларусь — ЦФО, доставка негабаритной техники, складская логистика.',
    users: [u('dispatch@btl.example.by', 'Артур Мицкевич', 'Руководитель отдела логистики', '+375 17 000-57-70')],
  },
  {
    key: 'bntu', name: 'УО «Белорусский национальный технический университет»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100910077', sectorCodes: ['S.EDUCATION', 'S.TRAINING', 'S.ENGINEERING'], website: 'https://bntu.example.by', verified: false,
    description: 'Подготовка и повышение квалификации инженеров и механиков, инжиниринговые услуги для промышленных предприятий.',
    users: [u('intl@bntu.example.by', 'Ольга Ковалевская', 'Начальник центра международного сотрудничества', '+375 17 000-58-80')],
  },
  {
    key: 'vitebskturist', name: 'ОАО «Витебсктурист»', country: 'BY', region: 'BY-VI', city: 'Витебск',
    taxId: '300923808', sectorCodes: ['S.TOURISM', 'S.CULTURE', 'S.HEALTHCARE'], website: 'https://vitebskturist.example.by', verified: false,
    description: 'Детский и семейный отдых, санаторно-курортное лечение, культурные программы и обмен творческими коллективами.',
    users: [u('groups@vitebskturist.example.by', 'Алёна Бурак', 'Руководитель отдела групповых программ', '+375 212 000-590')],
  },
  {
    key: 'its-minsk', name: 'ООО «Интеллектуальные транспортные системы»', country: 'BY', region: 'BY-HM', city: 'Минск',
    taxId: '100937537', sectorCodes: ['S.IT'], website: 'https://its.example.by', verified: false,
    description: 'Системы диспетчеризации и мониторинга пассажирского транспорта, безналичной оплаты проезда и учёта топлива.',
    users: [u('sales@its.example.by', 'Eugene Novik', 'Head of sales', '+375 17 000-60-00', 'OWNER', 'EN')],
  },
];
