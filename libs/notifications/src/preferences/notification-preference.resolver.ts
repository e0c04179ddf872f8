import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, RateLimit, type RequestUser } from '@tradebridge/core';
import { NotificationPreferenceService } from './notification-preference.service.js';
import { NotificationPreference, SetNotificationPreferencesArgs, UnsubscribeArgs } from './notification-preference.type.js';

@Resolver(() => NotificationPreference)
export class NotificationPreferenceResolver {
  constructor(private readonly preferences: NotificationPreferenceService) {}

  @Authenticated()
  @Query(() => [NotificationPreference], { description: 'How each kind of notification is mailed to the caller' })
  notificationPreferences(@CurrentUser() caller: RequestUser): Promise<NotificationPreference[]> {
    return this.preferences.list(caller.id);
  }

  @Authenticated()
  @Mutation(() => [NotificationPreference], { description: 'Sets how the listed kinds are mailed; returns every kind' })
  setNotificationPreferences(@CurrentUser() caller: RequestUser, @Args() { preferences }: SetNotificationPreferencesArgs): Promise<NotificationPreference[]> {
    return this.preferences.set(caller.id, preferences);
  }

  @RateLimit('auth')
  @Mutation(() => [NotificationPreference], { description: "One-click unsubscribe (no sign-in): turns off the mail kinds of the link's token" })
  unsubscribe(@Args() { token }: UnsubscribeArgs): Promise<NotificationPreference[]> {
    return this.preferences.unsubscribe(token);
  }
}
