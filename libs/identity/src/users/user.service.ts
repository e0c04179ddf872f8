import { Injectable } from '@nestjs/common';
import { byKeys, isAdmin, isUuid, TransactionHost, uniqueViolationOf, ValidationFailed, type RequestUser } from '@tradebridge/core';
import { PasswordService } from '../auth/password.service.js';
import { Locale, PlatformRole } from '../identity-enums.type.js';
import { normalizeEmail } from './email.validators.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';
import { AdminPromotionRefused } from './user.errors.js';

export interface NewUser {
  email: string;
  passwordHash: string;
  displayName: string;
  position?: string | null;
  phone?: string | null;
  locale?: Locale | null;
  platformRole?: PlatformRole;
  /** Demo and admin accounts are created verified; everyone else proves the address by a mailed link. */
  emailVerified?: boolean;
}

interface RequestUserRow {
  id: string;
  email: string;
  platformRole: RequestUser['platformRole'];
  locale: RequestUser['locale'];
  organizationId: string | null;
  membershipRole: RequestUser['membershipRole'];
  emailVerified: boolean;
}

/** Sign-in tries the password against at most this many accounts of one address (one verified, unverified twins). */
const MAX_SIGN_IN_CANDIDATES = 3;

/** Users: lookup (with their membership), creation, the private-details rule and the admin bootstrap. */
@Injectable()
export class UserService {
  private readonly shownToOwner = new WeakSet<UserEntity>();

  constructor(
    private readonly tx: TransactionHost,
    private readonly passwords: PasswordService,
  ) {}

  async findById(id: string): Promise<UserEntity | null> {
    return (await this.findByIds([id]))[0];
  }

  /** In `ids` order, null for unknown ids; each user comes with `membership` (or null), in one query. */
  async findByIds(ids: readonly string[]): Promise<(UserEntity | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return ids.map(() => null);
    const rows = await this.tx
      .repo(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndMapOne('u.membership', MembershipEntity, 'm', 'm.userId = u.id')
      .where('u.id IN (:...ids)', { ids: valid })
      .getMany();
    for (const row of rows) row.membership ??= null;
    return byKeys(ids, rows, (u) => u.id);
  }

  /**
   * For sign-in only, the one place that reads password hashes: the accounts of an address, the verified
   * one first, then unverified ones oldest first (an address has one account, plus the unverified twins
   * that registering a known address leaves).
   */
  findSignInCandidates(email: string): Promise<UserEntity[]> {
    return this.tx
      .repo(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: normalizeEmail(email) })
      .orderBy('u.emailVerifiedAt IS NULL', 'ASC')
      .addOrderBy('u.createdAt', 'ASC')
      .limit(MAX_SIGN_IN_CANDIDATES)
      .getMany();
  }

  /** The account an address belongs to: its verified one, else the first registered (null when none). */
  accountOf(email: string): Promise<UserEntity | null> {
    return this.tx
      .repo(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email: normalizeEmail(email) })
      .orderBy('u.emailVerifiedAt IS NULL', 'ASC')
      .addOrderBy('u.createdAt', 'ASC')
      .getOne();
  }

  /**
   * The caller behind an access token, with their membership, in one query: null when the user is gone
   * or deactivated, or the token's session ended (logout, expiry, password reset, admin). A deactivated
   * organization counts as none: its members act for it no more.
   */
  async findRequestUser(id: string, sessionId: string): Promise<RequestUser | null> {
    if (!isUuid(id) || !isUuid(sessionId)) return null;
    const rows: RequestUserRow[] = await this.tx.manager.query(
      `SELECT u.id, u.email, u.platform_role AS "platformRole", u.locale, u.email_verified_at IS NOT NULL AS "emailVerified",
              o.id AS "organizationId", CASE WHEN o.id IS NOT NULL THEN m.role END AS "membershipRole"
         FROM sessions s
         JOIN users u ON u.id = s.user_id AND u.deactivated_at IS NULL
         LEFT JOIN memberships m ON m.user_id = u.id
         LEFT JOIN organizations o ON o.id = m.organization_id AND o.deactivated_at IS NULL
        WHERE s.id = $2 AND s.user_id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND s.absolute_expires_at > now()`,
      [id, sessionId],
    );
    const row = rows[0];
    return row ? { ...row, organizationId: row.organizationId ?? null, membershipRole: row.membershipRole ?? null, sessionId } : null;
  }

  /** The user with the password hash, for a password change (null when unknown). */
  findWithPassword(id: string): Promise<UserEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.tx.repo(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.tx.repo(UserEntity).update({ id: userId }, { passwordHash });
  }

  /** Marks the user's address verified (it was just proven by a mailed link). */
  async markEmailVerified(userId: string, email?: string): Promise<void> {
    const set: Partial<UserEntity> = { emailVerifiedAt: new Date() };
    if (email) set.email = normalizeEmail(email);
    await this.tx.repo(UserEntity).update({ id: userId }, set);
  }

  async setLocale(userId: string, locale: Locale): Promise<UserEntity> {
    await this.tx.repo(UserEntity).update({ id: userId }, { locale });
    const user = await this.findById(userId);
    if (!user) throw ValidationFailed.field('locale', 'belongs to an account that no longer exists');
    return user;
  }

  /** Inserts a user; a duplicate e-mail fails on the unique index (the caller checks first for a clear message). */
  async createUser(data: NewUser): Promise<UserEntity> {
    const repo = this.tx.repo(UserEntity);
    const user = repo.create({
      email: normalizeEmail(data.email),
      passwordHash: data.passwordHash,
      displayName: data.displayName.trim(),
      position: data.position?.trim() || null,
      phone: data.phone?.trim() || null,
      locale: data.locale ?? Locale.RU,
      platformRole: data.platformRole ?? PlatformRole.USER,
      emailVerifiedAt: data.emailVerified ? new Date() : null,
      deactivatedAt: null,
      deactivationReason: null,
    });
    await repo.insert(user);
    user.membership = null;
    return user;
  }

  /**
   * Marks a user object as shown to that very user although the request carries no token yet
   * (register, login, refresh return the signed-in user), so it shows its own private fields.
   */
  markShownToOwner<T extends UserEntity>(user: T): T {
    this.shownToOwner.add(user);
    return user;
  }

  /**
   * Whether `viewer` may read the e-mail and phone of `user` (in `userOrganizationId`): the user
   * themself, members of the same organization, and platform admins.
   */
  mayReadPrivateDetails(viewer: RequestUser | null, user: UserEntity, userOrganizationId: string | null): boolean {
    if (this.shownToOwner.has(user)) return true;
    if (!viewer) return false;
    if (viewer.id === user.id || isAdmin(viewer)) return true;
    return viewer.organizationId !== null && viewer.organizationId === userOrganizationId;
  }

  /**
   * Makes `email` a platform admin: creates the account (verified) with `password`, or promotes an
   * existing one whose address is verified AND whose password is `password` (AdminPromotionRefused
   * otherwise: whoever registered the address first must not become an admin). An account that is
   * already an admin is left as it is, whatever its password is now; its password is never changed.
   * Idempotent; used at start-up (ADMIN_EMAIL) and by `create-admin`.
   * @example await users.ensureAdmin('admin@tradebridge.example', 'long-password-here');
   */
  async ensureAdmin(email: string, password: string, displayName = 'Administrator'): Promise<{ user: UserEntity; created: boolean }> {
    const normalized = normalizeEmail(email);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalized) || normalized.length > 254) {
      throw ValidationFailed.field('email', 'must be an e-mail address');
    }
    if (password.length < 10 || password.length > 256) throw ValidationFailed.field('password', 'must be 10 to 256 characters long');
    try {
      return await this.promoteOrCreateAdmin(normalized, password, displayName);
    } catch (error) {
      // Another process created the same account at the same moment: promote that one instead.
      if (uniqueViolationOf(error) === null) throw error;
      return this.promoteOrCreateAdmin(normalized, password, displayName);
    }
  }

  /** Whether `password` is the account's own (the one place besides sign-in that reads a password hash). */
  private async passwordMatches(userId: string, password: string): Promise<boolean> {
    const row = await this.tx.repo(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: userId }).getOne();
    return row !== null && (await this.passwords.verify(row.passwordHash, password));
  }

  private async promoteOrCreateAdmin(email: string, password: string, displayName: string): Promise<{ user: UserEntity; created: boolean }> {
    const repo = this.tx.repo(UserEntity);
    const existing = await this.accountOf(email);
    if (existing) {
      // An unverified account may be anyone's: the address was never proven.
      if (!existing.emailVerifiedAt) throw ValidationFailed.field('email', 'belongs to an account whose address is not verified yet; it cannot be made an admin until it is');
      if (existing.platformRole !== PlatformRole.ADMIN) {
        if (!(await this.passwordMatches(existing.id, password))) throw new AdminPromotionRefused();
        await repo.update({ id: existing.id }, { platformRole: PlatformRole.ADMIN });
        existing.platformRole = PlatformRole.ADMIN;
      }
      return { user: existing, created: false };
    }
    const passwordHash = await this.passwords.hash(password);
    const user = await this.tx.run(() => this.createUser({ email, passwordHash, displayName, platformRole: PlatformRole.ADMIN, emailVerified: true }));
    return { user, created: true };
  }
}
