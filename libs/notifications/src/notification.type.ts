import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@tradebridge/core';
import { Notification } from './notification.entity.js';

/** The caller's notifications; `unreadCount` is added by NotificationResolver (computed only when selected). */
@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection(Notification, 'Notification') {}
