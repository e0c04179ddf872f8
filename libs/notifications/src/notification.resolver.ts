import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, type ConnectionPage, type RequestUser } from '@tradebridge/core';
import { Notification } from './notification.entity.js';
import { NotificationsArgs } from './notification.input.js';
import { NotificationService } from './notification.service.js';
import { NotificationConnection } from './notification.type.js';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: "The caller's own notifications, newest first" })
  notifications(@CurrentUser() caller: RequestUser, @Args() args: NotificationsArgs): Promise<ConnectionPage<Notification>> {
    return this.service.listForUser(caller.id, args);
  }

  @Authenticated()
  @Mutation(() => Int, { description: "Marks the caller's own unread notifications among ids as read; returns how many it newly marked" })
  markNotificationsRead(@CurrentUser() caller: RequestUser, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.service.markRead(caller.id, ids);
  }

  @ResolveField('read', () => Boolean)
  read(@Parent() notification: Notification): boolean {
    return notification.readAt !== null;
  }
}

/** `unreadCount` runs its COUNT only when a client selects it. */
@Resolver(() => NotificationConnection)
export class NotificationConnectionResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Authenticated()
  @ResolveField('unreadCount', () => Int, { description: "All of the caller's unread notifications, whatever the page" })
  unreadCount(@CurrentUser() caller: RequestUser): Promise<number> {
    return this.notifications.countUnread(caller.id);
  }
}
