import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { MailRelay } from '@tradebridge/notifications';
import { createOwner, registerUser } from '../support/factories.js';
import { linkIn } from '../support/mail.js';
import { dataOf, errorOf, startTestApp, type TestApp } from '../support/test-app.js';
import { address, outboxRowsFor, register, REGISTER } from './accounts.fixtures.js';
import { CREATE_INVITE } from './identity.fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

/** Polls until `check` holds, with a deadline (never a fixed sleep standing in for the condition). */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('the mail outbox', () => {
  it('loses nothing and sends nothing twice while SMTP is down: every message arrives exactly once after it is back', async () => {
    const owner = await createOwner(t);
    await t.drainMail();
    await t.mail.catcher.stop();
    const people = [address('outage-a'), address('outage-b'), address('outage-c')];
    for (const email of people.slice(0, 2)) await register(t, { email });
    dataOf(await t.gql(CREATE_INVITE, { org: owner.org.id, email: people[2] }, owner.token));

    // The relay tried while the server was down (and failed): the messages wait in the outbox.
    await eventually(async () => {
      const rows = await t.sql<{ attempts: number; last_error: string | null }>(
        `SELECT attempts, last_error FROM mail_outbox WHERE recipient = ANY($1) AND sent_at IS NULL`,
        [people],
      );
      return rows.length === 3 && rows.every((r) => r.attempts > 0 && r.last_error !== null);
    }, 'failed attempts while SMTP is down');
    expect(people.flatMap((email) => t.mail.messages(email))).toHaveLength(0);

    await t.mail.catcher.start();
    for (const email of people) await t.mail.waitFor(email);
    // Nothing left to send, and nothing sent again: one message per address.
    await t.drainMail();
    const [{ pending }] = await t.sql<{ pending: number }>(`SELECT count(*)::int AS pending FROM mail_outbox WHERE recipient = ANY($1) AND sent_at IS NULL`, [people]);
    expect(pending).toBe(0);
    for (const email of people) expect(t.mail.messages(email)).toHaveLength(1);
    expect(t.mail.messages(people[2])[0].subject).toMatch(/^Приглашение в «/);
  }, 60_000);

  it('gives each message a Message-ID of its outbox row, and drops the body once sent', async () => {
    const { email } = await register(t);
    const [mail] = await t.mail.waitFor(email);
    await t.drainMail();
    const [row] = await t.sql<{ id: string; message_id: string; text_body: string; sent_at: Date | null }>(
      `SELECT id, message_id, text_body, sent_at FROM mail_outbox WHERE recipient = $1`,
      [email],
    );
    expect(mail.messageId).toBe(row.message_id);
    expect(row.message_id).toBe(`<mail-${row.id}@tradebridge.local>`);
    expect(row.sent_at).not.toBeNull();
    expect(row.text_body).toBe('');
  });

  it('records a message the server refuses for good as dead, after one attempt, and goes on with the others', async () => {
    const relay = t.app.get(MailRelay);
    await t.drainMail();
    await t.sql(
      `INSERT INTO mail_outbox (kind, recipient, subject, text_body, html_body) VALUES ('test.bad', 'nobody@mailbox.invalid', 's', 't', '<p>t</p>'), ('test.good', $1, 'fine', 'text', '<p>text</p>')`,
      [address('after-bad')],
    );
    await relay.drain().catch(() => undefined);
    const rows = await t.sql<{ kind: string; attempts: number; dead_at: Date | null; sent_at: Date | null }>(
      `SELECT kind, attempts, dead_at, sent_at FROM mail_outbox WHERE kind LIKE 'test.%' ORDER BY id`,
    );
    expect(rows[0]).toMatchObject({ kind: 'test.bad', attempts: 1, sent_at: null });
    expect(rows[0].dead_at).not.toBeNull();
    expect(rows[1].sent_at).not.toBeNull();
  });

  it('writes no mail when the write that would cause it fails', async () => {
    const email = address('bad-input');
    const res = await t.gql(REGISTER, { input: { email, password: 'short', displayName: 'Иван' } });
    expect(errorOf(res).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await outboxRowsFor(t, email)).toBe(0);

    const owner = await createOwner(t);
    const member = await registerUser(t);
    dataOf(await t.gql(CREATE_INVITE, { org: owner.org.id, email: member.email }, owner.token));
    const before = await outboxRowsFor(t, owner.email);
    // Inviting the owner's own address: refused (already a member), no invite and no mail.
    const refused = await t.gql(CREATE_INVITE, { org: owner.org.id, email: owner.email }, owner.token);
    expect(errorOf(refused).extensions?.code).toBe('CONFLICT');
    expect(await outboxRowsFor(t, owner.email)).toBe(before);
  });
});

describe('/dev/mail', () => {
  it('lists caught messages newest first with clickable links', async () => {
    const first = await register(t, { email: address('devmail-first') });
    await t.mail.waitFor(first.email);
    const second = await register(t, { email: address('devmail-second'), locale: 'EN' });
    const [mail] = await t.mail.waitFor(second.email);
    const response = await fetch(`${t.url}/dev/mail`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html.indexOf(second.email)).toBeGreaterThan(-1);
    expect(html.indexOf(second.email)).toBeLessThan(html.indexOf(first.email));
    const link = linkIn(mail, '/verify-email').toString().replace(/&/g, '&amp;');
    expect(html).toContain(`<a href="${link}">`);

    const htmlPart = await fetch(`${t.url}/dev/mail/${mail.id}/html`);
    expect(htmlPart.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(await htmlPart.text()).toContain('Confirm my address');
    expect((await fetch(`${t.url}/dev/mail/../../etc/passwd/source`)).status).toBe(404);
  });
});
