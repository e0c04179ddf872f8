import { describe, expect, it } from '@jest/globals';
import { classify } from './mail-transport.js';

describe('classify (SMTP send failures)', () => {
  it('gives up on a refusal for good (5xx) and on a message without a valid recipient', () => {
    expect(classify({ code: 'EENVELOPE', responseCode: 550, message: 'Mailbox does not exist' })).toMatchObject({ permanent: true, error: expect.stringContaining('550') });
    expect(classify({ code: 'EENVELOPE', message: 'No recipients defined' }).permanent).toBe(true);
  });

  it('retries connection trouble, 4xx answers and authentication failures', () => {
    expect(classify({ code: 'ECONNECTION', message: 'connect ECONNREFUSED 127.0.0.1:2525' }).permanent).toBe(false);
    expect(classify({ code: 'EENVELOPE', responseCode: 451, message: 'try again later' }).permanent).toBe(false);
    expect(classify({ code: 'EAUTH', responseCode: 535, message: 'Authentication failed' }).permanent).toBe(false);
    expect(classify(new Error('socket hang up')).permanent).toBe(false);
  });
});
