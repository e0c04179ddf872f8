import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './notification.entity.js';
import { NotificationConnectionResolver, NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

/**
 * In-app notifications: a sink (imports only core). Other slices call NotificationService.notifyUsers
 * inside their transaction and add Notification's links (need, offering, contactRequest) themselves.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  providers: [NotificationService, NotificationResolver, NotificationConnectionResolver],
  exports: [NotificationService],
})
export class NotificationsModule {}
