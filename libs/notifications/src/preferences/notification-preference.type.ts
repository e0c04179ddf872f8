import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { NotificationKind } from '../notification-kind.js';
import { NotificationDelivery } from './notification-delivery.js';

@ObjectType('NotificationPreference')
export class NotificationPreference {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => NotificationDelivery) delivery: NotificationDelivery;
}

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind, { message: 'must be a NotificationKind' })
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  @IsEnum(NotificationDelivery, { message: 'must be INSTANT, DAILY_DIGEST or NEVER' })
  delivery: NotificationDelivery;
}

@ArgsType()
export class SetNotificationPreferencesArgs {
  @Field(() => [NotificationPreferenceInput], { description: 'Kinds not listed keep their setting' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences: NotificationPreferenceInput[];
}

@ArgsType()
export class UnsubscribeArgs {
  @Field(() => String, { description: 'The token of an unsubscribe link in a mail' })
  @IsString()
  @MaxLength(400)
  token: string;
}
