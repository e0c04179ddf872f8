import { Injectable } from '@nestjs/common';
import { byKeys, isAdmin, isUuid, TransactionHost, uniqueViolationOf, ValidationFailed, type RequestUser } from '@tradebridge/core';
import { PasswordService } from '../auth/password.service.js';
import { Locale, PlatformRole } from '../identity-enums.type.js';
import { normalizeEmail } from './email.validators.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  email: string;
  passwordHash: string;
  displayName: string;
  position?: string | null;
  phone?: string | null;
  locale?: Locale | null;
  platformRole?: PlatformRole;
}

interface RequestUserRow {
  id: string;
  email: string;
  platformRole: RequestUser['platformRole'];
  locale: RequestUser['locale'];
  organizationId: string | null;
  membershipRole: RequestUser['membershipRole'];
}

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

  /** For sign-in only: the one place that reads the password hash. */
  findByEmailWithPassword(email: string): Promise<UserEntity | null> {
    return this.tx
      .repo(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: normalizeEmail(email) })
      .getOne();
  }

  async emailTaken(email: string): Promise<boolean> {
    return this.tx.repo(UserEntity).createQueryBuilder('u').where('lower(u.email) = :email', { email: normalizeEmail(email) }).getExists();
  }

  /** The caller behind an access token, with their membership, in one query (null when the user is gone). */
  async findRequestUser(id: string): Promise<RequestUser | null> {
    if (!isUuid(id)) return null;
    const rows: RequestUserRow[] = await this.tx.manager.query(
      `SELECT u.id, u.email, u.platform_role AS "platformRole", u.locale,
              m.organization_id AS "organizationId", m.role AS "membershipRole"
         FROM users u LEFT JOIN memberships m ON m.user_id = u.id
        WHERE u.id = $1`,
      [id],
    );
    const row = rows[0];
    return row ? { ...row, organizationId: row.organizationId ?? null, membershipRole: row.membershipRole ?? null } : null;
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
   * Makes `email` a platform admin: creates the account with `password`, or promotes an existing one
   * (its password is left as it is). Idempotent; used at start-up (ADMIN_EMAIL) and by `create-admin`.
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

  private async promoteOrCreateAdmin(email: string, password: string, displayName: string): Promise<{ user: UserEntity; created: boolean }> {
    const repo = this.tx.repo(UserEntity);
    const existing = await repo.createQueryBuilder('u').where('lower(u.email) = :email', { email }).getOne();
    if (existing) {
      if (existing.platformRole !== PlatformRole.ADMIN) {
        await repo.update({ id: existing.id }, { platformRole: PlatformRole.ADMIN });
        existing.platformRole = PlatformRole.ADMIN;
      }
      return { user: existing, created: false };
    }
    const passwordHash = await this.passwords.hash(password);
    const user = await this.tx.run(() => this.createUser({ email, passwordHash, displayName, platformRole: PlatformRole.ADMIN }));
    return { user, created: true };
  }
}
