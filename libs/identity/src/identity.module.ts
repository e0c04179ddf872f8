import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Authenticator } from '@tradebridge/core';
import { NotificationsModule } from '@tradebridge/notifications';
import { AccountMailer } from './accounts/account-mailer.js';
import { AccountTokenEntity } from './accounts/account-token.entity.js';
import { AccountTokenService } from './accounts/account-token.service.js';
import { AccountResolver } from './accounts/account.resolver.js';
import { EmailVerificationService } from './accounts/email-verification.service.js';
import { PasswordResetService } from './accounts/password-reset.service.js';
import { DeactivationResolver } from './admin/deactivation.resolver.js';
import { DeactivationService } from './admin/deactivation.service.js';
import { AccessTokenService } from './auth/access-token.service.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuthService } from './auth/auth.service.js';
import { PasswordService } from './auth/password.service.js';
import { RefreshTokenEntity } from './auth/refresh-token.entity.js';
import { RefreshCookie } from './auth/refresh-cookie.js';
import { RefreshTokenService } from './auth/refresh-token.service.js';
import { SessionEntity } from './auth/session.entity.js';
import { SessionService } from './auth/session.service.js';
import { InviteEntity } from './invites/invite.entity.js';
import { InviteResolver } from './invites/invite.resolver.js';
import { InviteService } from './invites/invite.service.js';
import { MembersResolver } from './organizations/members.resolver.js';
import { MembersService } from './organizations/members.service.js';
import { OrganizationLifecycle } from './organizations/organization-lifecycle.js';
import { OrganizationSectorEntity } from './organizations/organization-sector.entity.js';
import { OrganizationBulkWriter } from './organizations/organization-bulk-writer.js';
import { OrganizationEntity } from './organizations/organization.entity.js';
import { OrganizationLoaders } from './organizations/organization.loaders.js';
import { OrganizationResolver } from './organizations/organization.resolver.js';
import { OrganizationService } from './organizations/organization.service.js';
import { MembershipEntity } from './users/membership.entity.js';
import { MembershipService } from './users/membership.service.js';
import { UserFieldsResolver } from './users/user-fields.resolver.js';
import { UserEntity } from './users/user.entity.js';
import { UserLoaders } from './users/user.loaders.js';
import { UserResolver } from './users/user.resolver.js';
import { UserService } from './users/user.service.js';

import { ReferenceModule } from '@tradebridge/reference';
import { OrganizationReferenceColumns } from './organizations/organization-reference-columns.js';
export const IDENTITY_ENTITIES = [
  UserEntity,
  MembershipEntity,
  OrganizationEntity,
  OrganizationSectorEntity,
  SessionEntity,
  RefreshTokenEntity,
  InviteEntity,
  AccountTokenEntity,
];

/**
 * Users, organizations, memberships, invites, authentication, sessions and account mails (verification,
 * password reset). Provides core's `Authenticator` (bearer access token -> RequestUser) and the services
 * other slices call. Mails go through the notifications slice's outbox.
 */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), NotificationsModule, ReferenceModule],
  providers: [
    PasswordService,
    UserService,
    MembershipService,
    UserLoaders,
    AccessTokenService,
    { provide: Authenticator, useExisting: AccessTokenService },
    SessionService,
    RefreshTokenService,
    RefreshCookie,
    AccountTokenService,
    AccountMailer,
    AuthService,
    EmailVerificationService,
    PasswordResetService,
    OrganizationService,
    OrganizationLoaders,
    OrganizationBulkWriter,
    OrganizationLifecycle,
    OrganizationReferenceColumns,
    MembersService,
    InviteService,
    DeactivationService,
    AuthResolver,
    AccountResolver,
    UserResolver,
    UserFieldsResolver,
    OrganizationResolver,
    MembersResolver,
    InviteResolver,
    DeactivationResolver,
  ],
  exports: [
    Authenticator,
    AccessTokenService,
    UserService,
    MembershipService,
    UserLoaders,
    OrganizationService,
    OrganizationLoaders,
    OrganizationLifecycle,
    SessionService,
    PasswordService,
    OrganizationBulkWriter,
  ],
})
export class IdentityModule {}
