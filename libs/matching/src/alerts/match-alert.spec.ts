import { describe, expect, it } from '@jest/globals';
import { titleIn } from '@tradebridge/notifications';
import { matchAlertTitles } from './match-alert-titles.js';
import { NEED_ALERT_EVENTS, OFFERING_ALERT_EVENTS, triggeredIds } from './match-alert.service.js';

describe('match alert triggers', () => {
  it('are published or updated offerings and opened or updated needs that are now in the index', () => {
    const changes = [
      { entity: 'offering', id: 'o1', events: ['catalog.offering.created', 'catalog.offering.published'], indexed: true },
      { entity: 'offering', id: 'o2', events: ['catalog.offering.created'], indexed: true },
      { entity: 'offering', id: 'o3', events: ['catalog.offering.updated'], indexed: false },
      { entity: 'offering', id: 'o4', events: ['identity.organization.updated'], indexed: true },
      { entity: 'need', id: 'n1', events: ['catalog.need.updated'], indexed: true },
      { entity: 'need', id: 'n2', events: ['catalog.need.closed'], indexed: false },
    ];
    expect(triggeredIds(changes, 'offering', OFFERING_ALERT_EVENTS)).toEqual(['o1']);
    expect(triggeredIds(changes, 'need', NEED_ALERT_EVENTS)).toEqual(['n1']);
  });
});

describe('match alert titles', () => {
  it('name the need and the offering in the recipient\'s locale', () => {
    const title = matchAlertTitles.offeringForNeed('Самосвал БелАЗ-75570', 'Карьерные самосвалы');
    expect(titleIn(title, 'RU')).toBe('Новое предложение по вашей потребности «Карьерные самосвалы»: Самосвал БелАЗ-75570');
    expect(titleIn(title, 'EN')).toBe('New offering for your need "Карьерные самосвалы": Самосвал БелАЗ-75570');
    expect(titleIn(matchAlertTitles.needForOffering('Самосвалы', 'БелАЗ'), 'EN')).toBe('New need for your offering "БелАЗ": Самосвалы');
  });
});
