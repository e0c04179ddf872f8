import { Injectable, type ArgumentMetadata, type PipeTransform, type Type } from '@nestjs/common';
import { Args, type ArgsOptions } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { ValidationFailed, type FieldError } from '../errors/domain-error.js';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

/**
 * The one global pipe: validates `@Args` classes with class-validator and reports every bad field
 * as BAD_USER_INPUT with its dotted argument path ("input.price.min").
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    // Only @Args values: parents (entities) and custom decorators must pass through untouched.
    if (!isArgs(metadata) ||
      !metatype || PRIMITIVES.has(metatype) || value === null || value === undefined || typeof value !== 'object') {
      return value;
    }
    const instance = plainToInstance(metatype as new () => object, value);
    const errors = await validate(instance, { whitelist: true, forbidUnknownValues: false, stopAtFirstError: true });
    if (errors.length > 0) throw new ValidationFailed(flatten(errors, metadata.data ?? ''));
    return instance;
  }
}

/**
 * Validates an argument as `type` whatever TypeScript emitted for the parameter: a parameter typed
 * `Filter | null` is emitted as `Object`, and the global pipe would let it through unchecked.
 */
export class ValidateAsPipe implements PipeTransform {
  private readonly pipe = new InputValidationPipe();

  constructor(private readonly type: Type) {}

  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return this.pipe.transform(value, { ...metadata, metatype: this.type });
  }
}

/**
 * A nullable input-object argument, validated with its class.
 * @example searchOfferings(@NullableInputArg('filter', OfferingFilter) filter: OfferingFilter | null)
 */
export function NullableInputArg(name: string, type: Type, options: Omit<ArgsOptions, 'type' | 'nullable'> = {}): ParameterDecorator {
  return Args(name, { ...options, type: () => type, nullable: true }, new ValidateAsPipe(type));
}

/** @nestjs/graphql's GqlParamtype.ARGS (the enum is not exported); parents are ROOT (0). */
const GQL_ARGS = 3;

function isArgs(metadata: ArgumentMetadata): boolean {
  return (metadata.type as unknown) === GQL_ARGS || metadata.type === 'body';
}

export function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  const fields: FieldError[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) fields.push({ path, message });
    if (error.children?.length) fields.push(...flatten(error.children, path));
  }
  return fields;
}
