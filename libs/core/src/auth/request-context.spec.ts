import { describe, expect, it } from '@jest/globals';
import { acceptedLocale, localeOf, type RequestContext, type RequestUser } from './request-context.js';

const request = (header?: string) => ({ headers: header === undefined ? {} : { 'accept-language': header } }) as unknown as RequestContext['req'];

describe('the caller\'s locale', () => {
  it("is a signed-in user's own, whatever the browser asks for", () => {
    const user = { locale: 'EN' } as RequestUser;
    expect(localeOf({ user, req: request('ru-RU,ru;q=0.9') })).toBe('EN');
  });

  it('is the first language of Accept-Language the platform speaks, by quality', () => {
    expect(acceptedLocale('en-GB,en;q=0.9,ru;q=0.8')).toBe('EN');
    expect(acceptedLocale('ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('RU');
    expect(acceptedLocale('de-DE,de;q=0.9,en;q=0.8')).toBe('EN');
    expect(acceptedLocale('ru;q=0.5, en;q=0.8')).toBe('EN');
    expect(acceptedLocale('be-BY,be;q=0.9,en;q=0.5')).toBe('RU');
    expect(localeOf({ user: null, req: request('en-US') })).toBe('EN');
  });

  it('is Russian without a header, for languages it does not speak, and for a refused language', () => {
    expect(localeOf({ user: null, req: request() })).toBe('RU');
    expect(acceptedLocale('')).toBe('RU');
    expect(acceptedLocale('fr-FR,de;q=0.5')).toBe('RU');
    expect(acceptedLocale('en;q=0, fr')).toBe('RU');
    expect(acceptedLocale('*')).toBe('RU');
  });
});
