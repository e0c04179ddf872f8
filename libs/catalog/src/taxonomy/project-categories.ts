/** The project's own roots and children: services ("S") and partnership kinds ("P"). */
export interface ProjectCategory {
  code: string;
  name: string;
  nameEn: string;
}

export const PROJECT_ROOTS: ProjectCategory[] = [
  { code: 'S', name: 'Услуги', nameEn: 'Services' },
  { code: 'P', name: 'Партнёрство и кооперация', nameEn: 'Partnership and cooperation' },
];

export const PROJECT_CHILDREN: Record<'S' | 'P', ProjectCategory[]> = {
  S: [
    { code: 'S.CONSTRUCTION', name: 'Строительство и капитальный ремонт', nameEn: 'Construction and overhaul' },
    { code: 'S.MAINTENANCE', name: 'Техническое обслуживание и ремонт техники', nameEn: 'Maintenance and repair of machinery' },
    { code: 'S.ENGINEERING', name: 'Инжиниринг и проектирование', nameEn: 'Engineering and design' },
    { code: 'S.LOGISTICS', name: 'Логистика и перевозки', nameEn: 'Logistics and transport' },
    { code: 'S.HEALTHCARE', name: 'Медицинские услуги', nameEn: 'Healthcare services' },
    { code: 'S.EDUCATION', name: 'Образование', nameEn: 'Education' },
    { code: 'S.TRAINING', name: 'Обучение персонала', nameEn: 'Staff training' },
    { code: 'S.TOURISM', name: 'Туризм', nameEn: 'Tourism' },
    { code: 'S.CULTURE', name: 'Культура', nameEn: 'Culture' },
    { code: 'S.BUSINESS_SUPPORT', name: 'Поддержка бизнеса', nameEn: 'Business support' },
    { code: 'S.IT', name: 'Информационные технологии', nameEn: 'Information technology' },
    { code: 'S.LEASING', name: 'Лизинг и финансирование', nameEn: 'Leasing and finance' },
    { code: 'S.CERTIFICATION', name: 'Сертификация и испытания', nameEn: 'Certification and testing' },
    { code: 'S.AGRO', name: 'Агросервис', nameEn: 'Agricultural services' },
  ],
  P: [
    { code: 'P.ASSEMBLY', name: 'Совместная сборка', nameEn: 'Joint assembly' },
    { code: 'P.INVESTMENT', name: 'Инвестиционные проекты', nameEn: 'Investment projects' },
    { code: 'P.JOINT_VENTURE', name: 'Совместные предприятия', nameEn: 'Joint ventures' },
    { code: 'P.TECHNOLOGY_TRANSFER', name: 'Трансфер технологий', nameEn: 'Technology transfer' },
    { code: 'P.DISTRIBUTION', name: 'Дилерство и дистрибуция', nameEn: 'Dealership and distribution' },
    { code: 'P.SERVICE_CENTER', name: 'Сервисные центры', nameEn: 'Service centres' },
    { code: 'P.LOCALIZATION', name: 'Локализация производства', nameEn: 'Localisation of production' },
    { code: 'P.EXPORT', name: 'Экспортные программы', nameEn: 'Export programmes' },
  ],
};
