import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@tradebridge/catalog';
import { IdentityModule } from '@tradebridge/identity';
import { NotificationsModule } from '@tradebridge/notifications';
import { ContactExchangeService } from './contact-requests/contact-exchange.service.js';
import { ContactListings } from './contact-requests/contact-listings.js';
import { ContactCardResolver } from './contact-requests/contact-card.resolver.js';
import { ContactRequestFieldsResolver } from './contact-requests/contact-request-fields.resolver.js';
import { ContactRequest } from './contact-requests/contact-request.entity.js';
import { ContactRequestLoaders } from './contact-requests/contact-request.loaders.js';
import { ContactRequestNotifier } from './contact-requests/contact-request.notifier.js';
import { ContactRequestResolver } from './contact-requests/contact-request.resolver.js';
import { ContactRequestService } from './contact-requests/contact-request.service.js';
import { NeedContactFieldsResolver, OfferingContactFieldsResolver } from './contact-requests/listing-contact-fields.resolver.js';
import { NotificationLinksResolver } from './notifications/notification-links.resolver.js';

/**
 * Contact requests and the private contact exchange; also resolves Notification's links (listings and
 * requests) with the owning slices' visibility rules.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ContactRequest]), IdentityModule, CatalogModule, NotificationsModule],
  providers: [
    ContactListings,
    ContactRequestNotifier,
    ContactRequestService,
    ContactExchangeService,
    ContactRequestLoaders,
    ContactRequestResolver,
    ContactRequestFieldsResolver,
    ContactCardResolver,
    OfferingContactFieldsResolver,
    NeedContactFieldsResolver,
    NotificationLinksResolver,
  ],
  exports: [ContactRequestService, ContactRequestLoaders],
})
export class ContactsModule {}
