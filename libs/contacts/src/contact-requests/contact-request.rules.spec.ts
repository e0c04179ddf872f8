import { describe, expect, it } from '@jest/globals';
import type { RequestUser } from '@tradebridge/core';
import { ContactRequestStatus } from './contact-request.enums.js';
import {
  buildContactCard,
  buildContactExchange,
  canMoveContactRequest,
  contactTitles,
  mayReadContactRequest,
  mayRespond,
  mayWithdraw,
} from './contact-request.rules.js';

const FROM = '00000000-0000-4000-8000-000000000001';
const TO = '00000000-0000-4000-8000-000000000002';
const OTHER = '00000000-0000-4000-8000-000000000003';
const user = (organizationId: string | null, platformRole: 'USER' | 'ADMIN' = 'USER'): RequestUser => ({
  id: 'u',
  email: 'u@example.by',
  platformRole,
  locale: 'RU',
  organizationId,
  membershipRole: organizationId ? 'MEMBER' : null,
  emailVerified: true,
});
const request = { fromOrganizationId: FROM, toOrganizationId: TO };
const person = { displayName: 'Иван Петров', position: 'Главный инженер', email: 'ivan@maz.by', phone: '+375 17 000-00-00' };

describe('contact request transitions', () => {
  it('moves only out of PENDING', () => {
    for (const to of [ContactRequestStatus.ACCEPTED, ContactRequestStatus.DECLINED, ContactRequestStatus.WITHDRAWN]) {
      expect(canMoveContactRequest(ContactRequestStatus.PENDING, to)).toBe(true);
    }
    for (const from of [ContactRequestStatus.ACCEPTED, ContactRequestStatus.DECLINED, ContactRequestStatus.WITHDRAWN]) {
      for (const to of Object.values(ContactRequestStatus)) expect(canMoveContactRequest(from, to)).toBe(false);
    }
  });
});

describe('who may do what with a request', () => {
  it('lets both organizations and admins read it, nobody else', () => {
    expect(mayReadContactRequest(user(FROM), request)).toBe(true);
    expect(mayReadContactRequest(user(TO), request)).toBe(true);
    expect(mayReadContactRequest(user(null, 'ADMIN'), request)).toBe(true);
    expect(mayReadContactRequest(user(OTHER), request)).toBe(false);
    expect(mayReadContactRequest(user(null), request)).toBe(false);
    expect(mayReadContactRequest(null, request)).toBe(false);
  });

  it('lets only the target answer and only the requester withdraw (admins neither)', () => {
    expect(mayRespond(user(TO), request)).toBe(true);
    expect(mayRespond(user(FROM), request)).toBe(false);
    expect(mayRespond(user(null, 'ADMIN'), request)).toBe(false);
    expect(mayWithdraw(user(FROM), request)).toBe(true);
    expect(mayWithdraw(user(TO), request)).toBe(false);
    expect(mayWithdraw(user(null, 'ADMIN'), request)).toBe(false);
  });
});

describe('contact cards', () => {
  it('builds a card from the person and the organization name', () => {
    expect(buildContactCard({ ...person, position: null, phone: null }, 'ОАО МАЗ')).toEqual({
      name: 'Иван Петров',
      position: null,
      organizationName: 'ОАО МАЗ',
      email: 'ivan@maz.by',
      phone: null,
    });
  });

  const accepted = { ...request, status: ContactRequestStatus.ACCEPTED };
  const sides = [
    { person, organizationName: 'ООО Заказчик' },
    { person: { ...person, displayName: 'Анна', email: 'anna@maz.by' }, organizationName: 'ОАО МАЗ' },
  ] as const;

  it('shows both cards on an accepted request to either side and admins', () => {
    for (const viewer of [user(FROM), user(TO), user(null, 'ADMIN')]) {
      const exchange = buildContactExchange(viewer, accepted, sides[0], sides[1]);
      expect(exchange?.requester).toMatchObject({ name: 'Иван Петров', organizationName: 'ООО Заказчик', email: 'ivan@maz.by' });
      expect(exchange?.responder).toMatchObject({ name: 'Анна', organizationName: 'ОАО МАЗ', email: 'anna@maz.by' });
    }
  });

  it('shows nothing before acceptance, to strangers, or when a party is missing', () => {
    for (const status of [ContactRequestStatus.PENDING, ContactRequestStatus.DECLINED, ContactRequestStatus.WITHDRAWN]) {
      expect(buildContactExchange(user(FROM), { ...request, status }, sides[0], sides[1])).toBeNull();
    }
    expect(buildContactExchange(user(OTHER), accepted, sides[0], sides[1])).toBeNull();
    expect(buildContactExchange(null, accepted, sides[0], sides[1])).toBeNull();
    expect(buildContactExchange(user(FROM), accepted, sides[0], { person: null, organizationName: 'x' })).toBeNull();
  });
});

describe('notification titles', () => {
  it('speaks both locales and leaves the listing out when it must not be shown', () => {
    expect(contactTitles.received('ООО Заказчик', 'Самосвал')).toEqual({
      RU: 'Запрос контакта от «ООО Заказчик»: Самосвал',
      EN: 'Contact request from "ООО Заказчик": Самосвал',
    });
    expect(contactTitles.answered(true, 'ОАО МАЗ', null).EN).toBe('"ОАО МАЗ" accepted your contact request');
    expect(contactTitles.answered(false, 'ОАО МАЗ', 'Автобус').RU).toBe('«ОАО МАЗ» отклонила ваш запрос контакта: Автобус');
  });
});
