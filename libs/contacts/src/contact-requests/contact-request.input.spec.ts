import { describe, expect, it } from '@jest/globals';
import { InputValidationPipe, ValidationFailed } from '@tradebridge/core';
import { ContactRequestInput } from './contact-request.input.js';

const pipe = new InputValidationPipe();
const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

async function fieldsOf(value: Record<string, unknown>): Promise<string[]> {
  try {
    await pipe.transform(value, { type: 'body', metatype: ContactRequestInput, data: 'input' });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailed);
    return (error as ValidationFailed).fields.map((f) => f.path).sort();
  }
}

describe('ContactRequestInput', () => {
  it('accepts exactly one of offeringId / needId with a message', async () => {
    expect(await fieldsOf({ offeringId: ID, message: 'Здравствуйте' })).toEqual([]);
    expect(await fieldsOf({ needId: ID, needIdExtra: 1, message: 'Hello' })).toEqual([]);
    expect(await fieldsOf({ offeringId: ID, needId: null, message: 'Hello' })).toEqual([]);
  });

  it('names both ids when none or both are given', async () => {
    expect(await fieldsOf({ message: 'Hello' })).toEqual(['input.needId', 'input.offeringId']);
    expect(await fieldsOf({ offeringId: ID, needId: ID, message: 'Hello' })).toEqual(['input.needId', 'input.offeringId']);
  });

  it('wants a message of 1..2,000 characters', async () => {
    expect(await fieldsOf({ offeringId: ID, message: '   ' })).toEqual(['input.message']);
    expect(await fieldsOf({ offeringId: ID, message: 'я'.repeat(2001) })).toEqual(['input.message']);
    expect(await fieldsOf({ offeringId: ID, message: 'я'.repeat(2000) })).toEqual([]);
    expect(await fieldsOf({ offeringId: ID, message: 'bad\u0000byte' })).toEqual(['input.message']);
  });
});
