import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Authenticator } from '@tradebridge/core';
import { AccessTokenService } from './auth/access-token.service.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuthService } from './auth/auth.service.js';
import { PasswordService } from './auth/password.service.js';
import { RefreshTokenEntity } from './auth/refresh-token.entity.js';
import { RefreshTokenService } from './auth/refresh-token.service.js';
import { InviteEntity } from './invites/invite.entity.js';
import { InviteResolver } from './invites/invite.resolver.js';
import { InviteService } from './invites/invite.service.js';
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

export const IDENTITY_ENTITIES = [UserEntity, MembershipEntity, OrganizationEntity, OrganizationSectorEntity, RefreshTokenEntity, InviteEntity];

/**
 * Users, organizations, memberships, invites and authentication. Provides core's `Authenticator`
 * (bearer access token -> RequestUser) and the services other slices call.
 */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [
    PasswordService,
    UserService,
    MembershipService,
    UserLoaders,
    AccessTokenService,
    { provide: Authenticator, useExisting: AccessTokenService },
    RefreshTokenService,
    AuthService,
    OrganizationService,
    OrganizationLoaders,
    OrganizationBulkWriter,
    InviteService,
    AuthResolver,
    UserResolver,
    UserFieldsResolver,
    OrganizationResolver,
    InviteResolver,
  ],
  exports: [Authenticator, AccessTokenService, UserService, MembershipService, UserLoaders, OrganizationService, OrganizationLoaders, OrganizationBulkWriter],
})
export class IdentityModule {}
