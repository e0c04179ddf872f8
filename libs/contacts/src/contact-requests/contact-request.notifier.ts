import { Injectable } from '@nestjs/common';
import { MembershipService, OrganizationService, UserService } from '@tradebridge/identity';
import { NotificationKind, NotificationService, type NotificationRecipient } from '@tradebridge/notifications';
import type { ContactRequest } from './contact-request.entity.js';
import { ContactRequestStatus } from './contact-request.enums.js';
import { contactMail, contactTitles } from './contact-request.rules.js';

/**
 * Tells the other side about a contact request, inside the request's transaction: the target
 * organization's members when it arrives, the requesting organization's members when it is answered;
 * in the app and by mail (at once by default, each in the member's language).
 */
@Injectable()
export class ContactRequestNotifier {
  constructor(
    private readonly notifications: NotificationService,
    private readonly memberships: MembershipService,
    private readonly users: UserService,
    private readonly organizations: OrganizationService,
  ) {}

  /** `listingTitle`: the listing's title, or null when it should not be shown. */
  async requestReceived(request: ContactRequest, listingTitle: string | null): Promise<void> {
    const [from] = await this.organizations.findByIds([request.fromOrganizationId]);
    await this.notifications.notifyUsers(await this.membersOf(request.toOrganizationId), NotificationKind.CONTACT_REQUEST_RECEIVED, {
      title: contactTitles.received(from?.name ?? '—', listingTitle),
      ...this.links(request),
      mail: contactMail.received(request),
    });
  }

  async requestAnswered(request: ContactRequest, listingTitle: string | null): Promise<void> {
    const accepted = request.status === ContactRequestStatus.ACCEPTED;
    const [to] = await this.organizations.findByIds([request.toOrganizationId]);
    await this.notifications.notifyUsers(
      await this.membersOf(request.fromOrganizationId),
      accepted ? NotificationKind.CONTACT_REQUEST_ACCEPTED : NotificationKind.CONTACT_REQUEST_DECLINED,
      { title: contactTitles.answered(accepted, to?.name ?? '—', listingTitle), ...this.links(request), mail: contactMail.answered(request, accepted) },
    );
  }

  private links(request: ContactRequest) {
    return { contactRequestId: request.id, offeringId: request.offeringId, needId: request.needId };
  }

  private async membersOf(organizationId: string): Promise<NotificationRecipient[]> {
    const [ids] = await this.memberships.memberIdsByOrganizationIds([organizationId]);
    const users = await this.users.findByIds(ids);
    // Mail goes only to proven addresses.
    return users.flatMap((user) => (user ? [{ id: user.id, locale: user.locale, email: user.emailVerifiedAt ? user.email : null }] : []));
  }
}
