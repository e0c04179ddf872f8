import type { DemoOrganization } from './demo.types.js';
import { demoUser as u } from './demo-users.js';

// Buyers in Vladimir Oblast: regional and municipal procurement, transport, roads, hospitals,
// school construction, utilities and agricultural holdings. Tax ids are synthetic (valid
// check digits, not real INNs); every contact is fictional.
const VO = 'RU-VLA'; // Vladimir Oblast

export const DEMO_RU_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'vladimir-procurement', name: 'ГКУ ВО «Центр организации государственных закупок Владимирской области»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328001297', sectorCodes: ['XVII', 'S', 'XVI'], website: 'https://zakupki33.example.ru', verified: true,
    description: 'Уполномоченное учреждение по закупкам для государственных заказчиков Владимирской области: транспорт, техника, строительство, медицина, питание.',
    users: [
      u('buyer@vladimir.example.ru', 'Елена Соколова', 'Начальник отдела закупок промышленной продукции', '+7 4922 000-101'),
      u('analyst@vladimir.example.ru', 'Дмитрий Воронин', 'Ведущий консультант', '+7 4922 000-102', 'MEMBER'),
    ],
  },
  {
    key: 'mintrans-vo', name: 'Министерство транспорта и дорожного хозяйства Владимирской области', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328001586', sectorCodes: ['XVII', 'S.CONSTRUCTION'], website: 'https://mintrans33.example.ru', verified: true,
    description: 'Обновление подвижного состава пассажирского транспорта, дорожная деятельность и программы лизинга техники для муниципалитетов.',
    users: [u('fleet@mintrans33.example.ru', 'Алексей Горшков', 'Заместитель министра', '+7 4922 000-111')],
  },
  {
    key: 'minzdrav-vo', name: 'Министерство здравоохранения Владимирской области', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328001875', sectorCodes: ['VI', 'XVIII', 'S.HEALTHCARE'], website: 'https://minzdrav33.example.ru', verified: true,
    description: 'Централизованные закупки лекарственных препаратов, диагностических наборов и медицинского оборудования для больниц области.',
    users: [u('supply@minzdrav33.example.ru', 'Ирина Белова', 'Начальник отдела лекарственного обеспечения', '+7 4922 000-121')],
  },
  {
    key: 'minselkhoz-vo', name: 'Министерство сельского хозяйства Владимирской области', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328002163', sectorCodes: ['II', '87.01', 'P.ASSEMBLY'], website: 'https://agro33.example.ru', verified: false,
    description: 'Техническое перевооружение хозяйств области, локализация сборки сельхозтехники, семеноводство.',
    users: [u('tech@agro33.example.ru', 'Виталий Крылов', 'Начальник отдела инженерно-технической политики', '+7 4922 000-131')],
  },
  {
    key: 'uks-vo', name: 'ГКУ ВО «Управление капитального строительства»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328002452', sectorCodes: ['S.CONSTRUCTION', 'S.ENGINEERING'], website: 'https://uks33.example.ru', verified: true,
    description: 'Заказчик строительства школ, детских садов, ФАПов и объектов здравоохранения по национальным проектам.',
    users: [
      u('tenders@uks33.example.ru', 'Сергей Панов', 'Заместитель начальника по строительству', '+7 4922 000-141'),
      u('pto@uks33.example.ru', 'Оксана Лебедева', 'Начальник ПТО', '+7 4922 000-142', 'MEMBER'),
    ],
  },
  {
    key: 'vladimir-city', name: 'Управление муниципального заказа администрации города Владимира', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328002741', sectorCodes: ['S', 'XVII'], website: 'https://zakaz.vladimir-city.example.ru', verified: false,
    description: 'Закупки для муниципальных заказчиков города Владимира: благоустройство, транспорт, ремонт учреждений образования.',
    users: [u('zakaz@vladimir-city.example.ru', 'Марина Киселёва', 'Начальник управления', '+7 4922 000-151')],
  },
  {
    key: 'vladimir-uks', name: 'МКУ «Управление капитального строительства» города Владимира', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328003030', sectorCodes: ['S.CONSTRUCTION'], website: 'https://uks.vladimir-city.example.ru', verified: false,
    description: 'Муниципальный заказчик строительства и капитального ремонта школ и детских садов.',
    users: [u('uks@vladimir-city.example.ru', 'Андрей Морозов', 'Директор', '+7 4922 000-161')],
  },
  {
    key: 'kovrov', name: 'Администрация города Коврова', country: 'RU', region: VO, city: 'Ковров',
    taxId: '3305003322', sectorCodes: ['S', 'XVII'], website: 'https://kovrov.example.ru', verified: false,
    description: 'Муниципальные закупки: коммунальная техника, ремонт дорог и социальных объектов.',
    users: [u('zakupki@kovrov.example.ru', 'Олеся Фомина', 'Начальник отдела муниципальных закупок', '+7 49232 000-17')],
  },
  {
    key: 'murom', name: 'Администрация округа Муром', country: 'RU', region: VO, city: 'Муром',
    taxId: '3307003617', sectorCodes: ['S', 'XVII'], website: 'https://murom.example.ru', verified: false,
    description: 'Закупки для нужд округа: благоустройство, образование, дорожное хозяйство.',
    users: [u('zakupki@murom.example.ru', 'Павел Никитин', 'Заведующий отделом закупок', '+7 49234 000-18')],
  },
  {
    key: 'aleksandrov', name: 'Администрация Александровского района', country: 'RU', region: VO, city: 'Александров',
    taxId: '3301003900', sectorCodes: ['S', 'XVII'], website: 'https://aleksandrov.example.ru', verified: false,
    description: 'Муниципальные закупки района: школьные автобусы, коммунальная техника, ремонт школ и ФАПов.',
    users: [u('zakupki@aleksandrov.example.ru', 'Наталья Орлова', 'Начальник отдела закупок', '+7 49244 000-19')],
  },
  {
    key: 'gus-khrustalny', name: 'Администрация муниципального образования город Гусь-Хрустальный', country: 'RU', region: VO, city: 'Гусь-Хрустальный',
    taxId: '3304004193', sectorCodes: ['S', 'XVII'], website: 'https://gusadmin.example.ru', verified: false,
    description: 'Закупки для городского хозяйства и социальных учреждений Гусь-Хрустального.',
    users: [u('zakupki@gusadmin.example.ru', 'Юлия Ермакова', 'Главный специалист по закупкам', '+7 49241 000-20')],
  },
  {
    key: 'vyazniki', name: 'Администрация муниципального образования Вязниковский район', country: 'RU', region: VO, city: 'Вязники',
    taxId: '3303004480', sectorCodes: ['S', 'XVII'], website: 'https://vyazniki.example.ru', verified: false,
    description: 'Закупки района: техника для ЖКХ и дорог, ремонт социальных объектов, школьное питание.',
    users: [u('zakupki@vyazniki.example.ru', 'Роман Тихонов', 'Начальник отдела экономики и закупок', '+7 49233 000-21')],
  },
  {
    key: 'vladimirpassazhirtrans', name: 'МУП «Владимирпассажиртранс»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328004770', sectorCodes: ['XVII', '87.02', 'S.MAINTENANCE'], website: 'https://vpt.example.ru', verified: true,
    description: 'Городские автобусные и троллейбусные перевозки во Владимире; парк более 300 единиц.',
    users: [
      u('zakupki@vpt.example.ru', 'Игорь Смирнов', 'Заместитель директора по техническим вопросам', '+7 4922 000-221'),
      u('snab@vpt.example.ru', 'Светлана Полякова', 'Начальник отдела снабжения', '+7 4922 000-222', 'MEMBER'),
    ],
  },
  {
    key: 'kovrov-pat', name: 'МУП «Ковровское пассажирское автотранспортное предприятие»', country: 'RU', region: VO, city: 'Ковров',
    taxId: '3305005062', sectorCodes: ['XVII', '87.02'], website: 'https://kovrov-pat.example.ru', verified: false,
    description: 'Городские и пригородные автобусные перевозки Коврова и Ковровского района.',
    users: [u('snab@kovrov-pat.example.ru', 'Евгений Лосев', 'Главный инженер', '+7 49232 000-23')],
  },
  {
    key: 'vladimirupravdor', name: 'ГБУ ВО «Владимирупрдор»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328005358', sectorCodes: ['S.CONSTRUCTION', 'XVII', '84.30'], website: 'https://upravdor33.example.ru', verified: false,
    description: 'Содержание и ремонт региональных автомобильных дорог: дорожная и снегоуборочная техника, материалы, подрядные работы.',
    users: [u('tech@upravdor33.example.ru', 'Николай Зуев', 'Начальник отдела механизации', '+7 4922 000-241')],
  },
  {
    key: 'vladimir-blago', name: 'МБУ «Управление благоустройства» города Владимира', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328005647', sectorCodes: ['XVI', '87.05', '84.30'], website: 'https://blago.vladimir-city.example.ru', verified: false,
    description: 'Уборка улиц, содержание парков и освещения: снегоочистители, подметальные машины, мусоровозы.',
    users: [u('tech@blago.vladimir-city.example.ru', 'Антон Белов', 'Главный механик', '+7 4922 000-251')],
  },
  {
    key: 'okb-vladimir', name: 'ГБУЗ ВО «Областная клиническая больница»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328005936', sectorCodes: ['VI', 'XVIII', 'S.HEALTHCARE'], website: 'https://okb33.example.ru', verified: false,
    description: 'Многопрофильная больница на 1200 коек; закупки лекарственных препаратов, реагентов и медицинского оборудования.',
    users: [u('pharm@okb33.example.ru', 'Ольга Васильева', 'Заведующая аптекой', '+7 4922 000-261')],
  },
  {
    key: 'gkb-smp', name: 'ГБУЗ ВО «Городская клиническая больница скорой медицинской помощи г. Владимира»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328006224', sectorCodes: ['VI', 'S.HEALTHCARE'], website: 'https://gkbsmp33.example.ru', verified: false,
    description: 'Экстренная и плановая медицинская помощь; закупки препаратов, растворов и диагностических наборов.',
    users: [u('zakupki@gkbsmp33.example.ru', 'Максим Егоров', 'Начальник контрактной службы', '+7 4922 000-271')],
  },
  {
    key: 'kovrov-hospital', name: 'ГБУЗ ВО «Ковровская городская больница № 1»', country: 'RU', region: VO, city: 'Ковров',
    taxId: '3305006517', sectorCodes: ['VI', 'S.HEALTHCARE'], website: 'https://kgb1.example.ru', verified: false,
    description: 'Городская больница; закупки лекарственных средств, лабораторных реагентов, оборудования и ремонта корпусов.',
    users: [u('kontrakt@kgb1.example.ru', 'Анна Шилова', 'Контрактный управляющий', '+7 49232 000-28')],
  },
  {
    key: 'murom-hospital', name: 'ГБУЗ ВО «Муромская центральная районная больница»', country: 'RU', region: VO, city: 'Муром',
    taxId: '3307006801', sectorCodes: ['VI', 'S.HEALTHCARE'], website: 'https://muromcrb.example.ru', verified: false,
    description: 'Центральная районная больница и сеть ФАПов округа Муром.',
    users: [u('kontrakt@muromcrb.example.ru', 'Виктория Маслова', 'Контрактный управляющий', '+7 49234 000-29')],
  },
  {
    key: 'lab-center-vo', name: 'ГБУЗ ВО «Областной центр лабораторной диагностики»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328007098', sectorCodes: ['VI', '38.22'], website: 'https://labcenter33.example.ru', verified: false,
    description: 'Централизованная лаборатория области: ИФА, ПЦР, биохимические и иммунологические исследования.',
    users: [u('lab@labcenter33.example.ru', 'Галина Семёнова', 'Заведующая лабораторией', '+7 4922 000-301')],
  },
  {
    key: 'suzdal-agro', name: 'ООО «Агрохолдинг «Суздальское ополье»', country: 'RU', region: VO, city: 'Суздаль',
    taxId: '3310007386', sectorCodes: ['II', 'I', '87.01'], website: 'https://opolie.example.ru', verified: false,
    description: 'Растениеводство (зерновые, картофель) и молочное животноводство на 12 тыс. га в Суздальском районе.',
    users: [u('engineer@opolie.example.ru', 'Владимир Кузнецов', 'Главный инженер', '+7 49231 000-31')],
  },
  {
    key: 'gorokhovets-agro', name: 'АО «Гороховецкий агрокомплекс»', country: 'RU', region: VO, city: 'Гороховец',
    taxId: '3302007671', sectorCodes: ['II', '87.01', '84.33'], website: 'https://gorokhovets-agro.example.ru', verified: false,
    description: 'Зерновое хозяйство и кормопроизводство; обновление парка тракторов и комбайнов.',
    users: [u('snab@gorokhovets-agro.example.ru', 'Степан Голубев', 'Заместитель директора по снабжению', '+7 49238 000-32')],
  },
  {
    key: 'plemzavod-yuryevsky', name: 'СПК «Племзавод «Юрьевский»', country: 'RU', region: VO, city: 'Юрьев-Польский',
    taxId: '3326007960', sectorCodes: ['I', '04.01', '87.01'], website: 'https://yurev-plem.example.ru', verified: false,
    description: 'Племенное молочное скотоводство, собственная кормовая база; закупки техники, семян и удобрений.',
    users: [u('office@yurev-plem.example.ru', 'Татьяна Комарова', 'Экономист', '+7 49246 000-33')],
  },
  {
    key: 'voek', name: 'АО «Владимирская областная электросетевая компания»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328008253', sectorCodes: ['XVI', '85.04', '85.44'], website: 'https://voek.example.ru', verified: false,
    description: 'Распределительные сети 0,4–10 кВ: реконструкция трансформаторных подстанций и кабельных линий.',
    users: [u('snab@voek.example.ru', 'Константин Петров', 'Начальник управления материально-технического обеспечения', '+7 4922 000-341')],
  },
  {
    key: 'school-food-vladimir', name: 'МАУ «Комбинат школьного питания» г. Владимира', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328008542', sectorCodes: ['I', 'IV', 'II'], website: 'https://schoolfood33.example.ru', verified: false,
    description: 'Организация горячего питания в 60 школах города; закупки молочной продукции, мяса, круп, овощей и фруктов.',
    users: [u('snab@schoolfood33.example.ru', 'Елена Журавлёва', 'Начальник отдела снабжения', '+7 4922 000-351')],
  },
  {
    key: 'kovrov-industrial-park', name: 'ООО «Индустриальный парк «Ковров»', country: 'RU', region: VO, city: 'Ковров',
    taxId: '3305008835', sectorCodes: ['P', 'P.ASSEMBLY', 'P.INVESTMENT'], website: 'https://park-kovrov.example.ru', verified: false,
    description: 'Индустриальный парк с подготовленной инфраструктурой: производственные корпуса, подключение к сетям, льготы резидентам.',
    users: [u('invest@park-kovrov.example.ru', 'Михаил Ершов', 'Директор по развитию', '+7 49232 000-36')],
  },
  {
    key: 'vladimir-logistics', name: 'ООО «Владимирский логистический терминал»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3329009122', sectorCodes: ['S.LOGISTICS'], website: 'https://vlt.example.ru', verified: false,
    description: 'Склады класса А на трассе М-7, таможенный склад, ответственное хранение и дистрибуция по ЦФО.',
    users: [u('sales@vlt.example.ru', 'Кирилл Афанасьев', 'Коммерческий директор', '+7 4922 000-371')],
  },
  {
    key: 'development-corp-vo', name: 'АО «Корпорация развития Владимирской области»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328009419', sectorCodes: ['P', 'P.INVESTMENT', 'P.JOINT_VENTURE', 'S.BUSINESS_SUPPORT'], website: 'https://kr33.example.ru', verified: true,
    description: 'Привлечение инвесторов и сопровождение проектов: площадки, меры поддержки, совместные производства с белорусскими предприятиями.',
    users: [u('invest@kr33.example.ru', 'Анастасия Волкова', 'Директор по работе с инвесторами', '+7 4922 000-381')],
  },
  {
    key: 'tpp-vo', name: 'Союз «Торгово-промышленная палата Владимирской области»', country: 'RU', region: VO, city: 'Владимир',
    taxId: '3328009708', sectorCodes: ['S.BUSINESS_SUPPORT'], website: 'https://tpp33.example.ru', verified: false,
    description: 'Деловые миссии, поиск партнёров, сертификаты происхождения и экспертиза для участников белорусско-владимирского сотрудничества.',
    users: [u('bel@tpp33.example.ru', 'Людмила Григорьева', 'Руководитель центра поддержки ВЭД', '+7 4922 000-391')],
  },
];
