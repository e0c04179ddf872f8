// The identity slice's public surface: the module, the services other slices may call, the GraphQL
// types they extend (`@Resolver(() => Organization)`) and the contract's shared enums.
export * from './identity.module.js';
export { Country, Locale, MembershipRole, PlatformRole } from './identity-enums.type.js';
export { AccessTokenService, type IssuedAccessToken } from './auth/access-token.service.js';
export { UserService } from './users/user.service.js';
export { AdminPromotionRefused } from './users/user.errors.js';
export { MembershipService } from './users/membership.service.js';
export { UserLoaders } from './users/user.loaders.js';
export type { UserEntity } from './users/user.entity.js';
export type { MembershipEntity } from './users/membership.entity.js';
export { User } from './users/user.type.js';
export { OrganizationService, type Sector } from './organizations/organization.service.js';
export { OrganizationLoaders } from './organizations/organization.loaders.js';
export { organizationRows } from './organizations/organization-rows.js';
export { OrganizationBulkWriter, type BulkOrganization, type BulkUser } from './organizations/organization-bulk-writer.js';
export type { OrganizationEntity } from './organizations/organization.entity.js';
export { Organization, OrganizationConnection } from './organizations/organization.type.js';
export { checkTaxId, type TaxIdCheck } from './organizations/tax-id.js';
export { OrganizationLifecycle, type OrganizationDeactivatedHandler } from './organizations/organization-lifecycle.js';
export { SessionService } from './auth/session.service.js';
export { PasswordService } from './auth/password.service.js';
export { EmailNotVerified } from './accounts/account.errors.js';
