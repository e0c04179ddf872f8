import { Injectable } from '@nestjs/common';
import { TransactionHost, uniqueViolationOf, type RequestUser } from '@tradebridge/core';
import { AccountMailer } from '../accounts/account-mailer.js';
import { EmailNotVerified } from '../accounts/account.errors.js';
import { hashSecret, isSecretShaped, newSecret } from '../auth/secret-token.js';
import { MembershipRole } from '../identity-enums.type.js';
import { AlreadyInOrganization, OrganizationNotFound } from '../organizations/organization.errors.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { normalizeEmail } from '../users/email.validators.js';
import { MembershipService } from '../users/membership.service.js';
import type { UserEntity } from '../users/user.entity.js';
import { UserService } from '../users/user.service.js';
import { InviteEntity } from './invite.entity.js';
import {
  AlreadyMemberOfOrganization,
  InviteAlreadyUsed,
  InviteEmailMismatch,
  InviteExpired,
  InviteNotFound,
  OnlyOwnerMayInvite,
} from './invite.errors.js';

export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

/** Invitations: an owner invites an e-mail address; the person with that address joins as MEMBER, once. */
@Injectable()
export class InviteService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly users: UserService,
    private readonly mail: AccountMailer,
  ) {}

  /**
   * Mails the invitation to the address (in its account's language if it has one, else the inviter's)
   * and returns the code (256 random bits), so the owner may pass the link on too; only its hash is stored.
   */
  async createInvite(caller: RequestUser, organizationId: string, email: string): Promise<string> {
    const invitee = normalizeEmail(email);
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw new OrganizationNotFound(organizationId);
    const owner = await this.memberships.findByUserId(caller.id);
    if (owner?.organizationId !== organization.id || owner.role !== MembershipRole.OWNER) throw new OnlyOwnerMayInvite();
    if (await this.isMemberByEmail(organization.id, invitee)) throw new AlreadyMemberOfOrganization();
    const code = newSecret();
    const [inviter, account] = await Promise.all([this.users.findById(caller.id), this.users.accountOf(invitee)]);
    await this.tx.run(async () => {
      const repo = this.tx.repo(InviteEntity);
      await repo.insert(
        repo.create({
          organizationId: organization.id,
          email: invitee,
          codeHash: hashSecret(code),
          createdBy: caller.id,
          expiresAt: new Date(Date.now() + INVITE_TTL_MS),
          acceptedAt: null,
          acceptedBy: null,
        }),
      );
      await this.mail.invite(invitee, account?.locale ?? caller.locale, organization.name, inviter?.displayName ?? organization.name, code);
    });
    return code;
  }

  /**
   * Joins the invite's organization as MEMBER. Unknown, expired and used codes answer NOT_FOUND; an
   * invite for another e-mail, or a caller who already belongs to an organization, CONFLICT.
   */
  async acceptInvite(caller: RequestUser, code: string): Promise<UserEntity> {
    const trimmed = code.trim();
    if (!isSecretShaped(trimmed)) throw new InviteNotFound();
    // The invite is for an address: only someone who proved that address may take it.
    if (!caller.emailVerified) throw new EmailNotVerified('accept an invitation');
    try {
      await this.tx.run(async () => {
        const repo = this.tx.repo(InviteEntity);
        // Locked, so two acceptances of one code run one after the other and the second sees it used.
        const invite = await repo.findOne({ where: { codeHash: hashSecret(trimmed) }, lock: { mode: 'pessimistic_write' } });
        if (!invite) throw new InviteNotFound();
        if (invite.acceptedAt) throw new InviteAlreadyUsed();
        if (invite.expiresAt.getTime() <= Date.now()) throw new InviteExpired();
        if (invite.email !== normalizeEmail(caller.email)) throw new InviteEmailMismatch();
        if (await this.memberships.findByUserId(caller.id)) throw new AlreadyInOrganization();
        await repo.update({ id: invite.id }, { acceptedAt: new Date(), acceptedBy: caller.id });
        await this.memberships.join(caller.id, invite.organizationId, MembershipRole.MEMBER);
      });
    } catch (error) {
      if (uniqueViolationOf(error) === 'memberships_pkey') throw new AlreadyInOrganization();
      throw error;
    }
    const user = await this.users.findById(caller.id);
    if (!user) throw new InviteNotFound();
    return user;
  }

  private async isMemberByEmail(organizationId: string, email: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND lower(u.email) = $2 LIMIT 1`,
      [organizationId, email],
    );
    return rows.length > 0;
  }
}
