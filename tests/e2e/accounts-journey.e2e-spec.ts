import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMember, createOffering, createOwner, TEST_PASSWORD, type TestOwner } from '../support/factories.js';
import { linkIn, tokenIn } from '../support/mail.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { address, CREATE_ORG_MIN, LOGIN, ME, REFRESH, register, REQUEST_RESET, RESET, VERIFY_EMAIL, type Registered } from './accounts.fixtures.js';
import { REQUEST_CONTACT } from './contacts.fixtures.js';
import { orgInput } from './identity.fixtures.js';

// The "Done when", over real SMTP: register in Russian, open the mailed link, create an
// organization, request contact (the other side's members are mailed in their languages), forget the
// password, reset it, and the old session is gone.
let t: TestApp;
let supplier: TestOwner;
let supplierColleague: { id: string; email: string };
let buyer: Registered;
let offeringId: string;

beforeAll(async () => {
  t = await startTestApp();
  supplier = await createOwner(t, { name: 'ОАО «Бобруйскагромаш»' });
  supplierColleague = await createMember(t, supplier.org.id, supplier.token, { locale: 'EN' });
  offeringId = (await createOffering(t, supplier.token, { title: 'Пресс-подборщик ПРФ-180' })).id;
});

afterAll(async () => {
  await t?.close();
});

describe('a buyer who registers in Russian', () => {
  it('gets a verification mail in Russian with an absolute link to the web app', async () => {
    buyer = await register(t, { email: address('zakupki'), locale: 'RU', displayName: 'Ольга Иванова' });
    const [mail] = await t.mail.waitFor(buyer.email);
    expect(mail.subject).toBe('Подтвердите адрес электронной почты на TradeBridge');
    expect(mail.text).toContain('Здравствуйте, Ольга Иванова!');
    expect(mail.html).toContain('Подтвердить адрес');
    const link = linkIn(mail, '/verify-email');
    expect(`${link.origin}`).toBe(t.config.publicUrl);
    expect(link.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('may browse but not create an organization before opening the link', async () => {
    expect(dataOf(await t.gql(ME, {}, buyer.accessToken)).me).toMatchObject({ emailVerified: false });
    const refused = await t.gql(CREATE_ORG_MIN, { input: orgInput({ country: 'RU' }) }, buyer.accessToken);
    expect(errorOf(refused).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
    expect(errorOf(refused).message).toMatch(/Confirm your e-mail address before you create an organization/);
  });

  it('opens the link from the mail: the address is verified, and the same link cannot be used again', async () => {
    const [mail] = t.mail.messages(buyer.email);
    const token = tokenIn(mail, '/verify-email');
    expect(dataOf(await t.gql(VERIFY_EMAIL, { token })).verifyEmail).toBe(true);
    expect(dataOf(await t.gql(ME, {}, buyer.accessToken)).me.emailVerified).toBe(true);
    const again = await t.gql(VERIFY_EMAIL, { token });
    expect(errorOf(again).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'token', message: expect.stringContaining('already been used') }] });
  });

  it('creates an organization and requests contact: each member of the supplier is mailed in their language', async () => {
    dataOf(await t.gql(CREATE_ORG_MIN, { input: orgInput({ country: 'RU', name: 'ГБУ «Владимирагроснаб»' }) }, buyer.accessToken));
    const request = dataOf(
      await t.gql(REQUEST_CONTACT, { input: { offeringId, message: 'Нужны 12 пресс-подборщиков к июлю.' } }, buyer.accessToken),
    ).requestContact;

    const [ownerMail] = await t.mail.waitFor(supplier.email, { where: (m) => m.subject.includes('Запрос контакта') });
    expect(ownerMail.subject).toBe('Запрос контакта от «ГБУ «Владимирагроснаб»»: Пресс-подборщик ПРФ-180');
    expect(ownerMail.text).toContain('Нужны 12 пресс-подборщиков к июлю.');
    expect(linkIn(ownerMail, `/contact-requests/${request.id}`).origin).toBe(t.config.publicUrl);
    expect(ownerMail.headers['list-unsubscribe']).toMatch(/^<http:\/\/.+\/mail\/unsubscribe\?token=.+>$/);
    expect(ownerMail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const [colleagueMail] = await t.mail.waitFor(supplierColleague.email, { where: (m) => m.subject.includes('Contact request') });
    expect(colleagueMail.subject).toBe('Contact request from "ГБУ «Владимирагроснаб»": Пресс-подборщик ПРФ-180');
    expect(colleagueMail.text).toContain('Answer the request');
  });

  it('forgets the password, resets it by the mailed link, and the old session is gone', async () => {
    const before = await t.mail.waitFor(buyer.email);
    expect(dataOf(await t.gql(REQUEST_RESET, { email: buyer.email.toUpperCase() })).requestPasswordReset).toBe(true);
    const [resetMail] = await t.mail.waitFor(buyer.email, { where: (m) => m.subject === 'Сброс пароля на TradeBridge' });
    expect(before.length).toBeGreaterThan(0);
    const token = tokenIn(resetMail, '/reset-password');
    expect(dataOf(await t.gql(RESET, { token, password: 'a brand new password 2027' })).resetPassword).toBe(true);

    expect(errorOf(await t.gql(ME, {}, buyer.accessToken)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(REFRESH, { t: buyer.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(LOGIN, { email: buyer.email, password: TEST_PASSWORD })).extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = dataOf(await t.gql(LOGIN, { email: buyer.email, password: 'a brand new password 2027' })).login;
    expect(dataOf(await t.gql(ME, {}, fresh.accessToken)).me.id).toBe(buyer.id);
    await t.mail.waitFor(buyer.email, { where: (m) => m.subject === 'Пароль на TradeBridge изменён' });
  });
});
