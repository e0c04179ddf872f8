import type { Type } from '@nestjs/common';
import { flatten, ValidationFailed, type RequestUser } from '@tradebridge/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Listing, ListingKind } from '../listings/listing-kind.js';
import type { ListingInput, ListingService } from '../listings/listing.service.js';
import type { KindName } from './import-columns.js';
import { validationMessage } from './import-messages.js';
import { columnOfPath, type RowError } from './import-rows.js';

export type RowCheck = { fields: Record<string, unknown> } | { errors: RowError[] };

/**
 * An imported row's input through exactly what createOffering / createNeed run: the input class's
 * validation with the global pipe's options, then the service's own checks and normalisation
 * (ListingService.checkInput). Errors are reported at the column their path names.
 */
export async function checkRow(
  caller: Pick<RequestUser, 'locale'>,
  service: ListingService<Listing, ListingInput>,
  kind: ListingKind & { schema: { input: Type<ListingInput> } },
  importKind: KindName,
  plain: Record<string, unknown>,
  categoryColumn: 'hsCode' | 'category',
): Promise<RowCheck> {
  const toErrors = (fields: Array<{ path: string; message: string }>): RowError[] =>
    fields.map((f) => ({ column: columnOfPath(importKind, f.path, categoryColumn), message: validationMessage(f.message) }));
  const input = plainToInstance(kind.schema.input, plain);
  const invalid = await validate(input, { whitelist: true, forbidUnknownValues: false, stopAtFirstError: true });
  if (invalid.length) return { errors: toErrors(flatten(invalid, 'input')) };
  try {
    return { fields: (await service.checkInput(caller, input)) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof ValidationFailed) return { errors: toErrors(error.fields) };
    throw error;
  }
}

/** Cell errors first; a validation error on a column that already has one repeats it in other words and is left out. */
export function mergeErrors(cellErrors: readonly RowError[], checked: readonly RowError[]): RowError[] {
  const taken = new Set(cellErrors.map((e) => e.column));
  return [...cellErrors, ...checked.filter((e) => e.column === null || !taken.has(e.column))];
}
