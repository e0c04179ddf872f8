import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsText, PageArgs } from '@tradebridge/core';
import { IsBoolean, IsEnum, IsOptional, registerDecorator, type ValidationArguments } from 'class-validator';
import { ContactDirection, ContactRequestStatus } from './contact-request.enums.js';

export const MAX_MESSAGE_LENGTH = 2000;

const given = (value: unknown) => value !== undefined && value !== null;

/**
 * Exactly one property of `group` is given; this one, when given, is an id. Put it on every property of
 * the group so each is named in `extensions.fields`.
 * @example @ExactlyOneOf(['offeringId', 'needId']) offeringId?: string | null;
 */
export function ExactlyOneOf(group: readonly string[]): PropertyDecorator {
  const names = group.join(' or ');
  return (target, property) =>
    registerDecorator({
      name: 'exactlyOneOf',
      target: target.constructor,
      propertyName: property as string,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const object = args.object as Record<string, unknown>;
          if (group.filter((p) => given(object[p])).length !== 1) return false;
          return !given(value) || (typeof value === 'string' && value.trim().length > 0 && value.length <= 100);
        },
        defaultMessage(args: ValidationArguments) {
          const object = args.object as Record<string, unknown>;
          const count = group.filter((p) => given(object[p])).length;
          if (count === 0) return `give exactly one of ${names}`;
          if (count > 1) return `give exactly one of ${names}, not both`;
          return 'must be an id';
        },
      },
    });
}

@InputType('ContactRequestInput')
export class ContactRequestInput {
  @Field(() => ID, { nullable: true, description: 'exactly one of offeringId / needId' })
  @ExactlyOneOf(['offeringId', 'needId'])
  offeringId?: string | null;

  @Field(() => ID, { nullable: true })
  @ExactlyOneOf(['offeringId', 'needId'])
  needId?: string | null;

  @Field(() => String, { description: '1..2,000 characters' })
  @IsText({ min: 1, max: MAX_MESSAGE_LENGTH })
  message: string;
}

@InputType('ContactResponseInput')
export class ContactResponseInput {
  @Field(() => ID)
  @IsText({ min: 1, max: 100, singleLine: true })
  id: string;

  @Field(() => Boolean)
  @IsBoolean()
  accept: boolean;

  @Field(() => String, { nullable: true, description: 'up to 2,000 characters' })
  @IsOptional()
  @IsText({ max: MAX_MESSAGE_LENGTH })
  message?: string | null;
}

@ArgsType()
export class ContactRequestsArgs extends PageArgs {
  @Field(() => ContactDirection)
  @IsEnum(ContactDirection, { message: 'must be INCOMING or OUTGOING' })
  direction: ContactDirection;

  @Field(() => ContactRequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ContactRequestStatus)
  status?: ContactRequestStatus | null;
}
