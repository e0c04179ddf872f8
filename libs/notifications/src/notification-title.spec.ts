import { describe, expect, it } from '@jest/globals';
import { MAX_TITLE_LENGTH, titleIn } from './notification-title.js';

describe('titleIn', () => {
  it('picks the recipient locale from a text or a function', () => {
    expect(titleIn({ RU: 'Запрос', EN: 'Request' }, 'EN')).toBe('Request');
    expect(titleIn({ RU: 'Запрос', EN: 'Request' }, 'RU')).toBe('Запрос');
    expect(titleIn((locale) => `in ${locale}`, 'EN')).toBe('in EN');
  });

  it('keeps titles on one line and cuts long ones by characters, not UTF-16 units', () => {
    expect(titleIn({ RU: ' a\n b\t', EN: '' }, 'RU')).toBe('a b');
    const long = titleIn({ RU: '😀'.repeat(400), EN: '' }, 'RU');
    expect([...long]).toHaveLength(MAX_TITLE_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});
