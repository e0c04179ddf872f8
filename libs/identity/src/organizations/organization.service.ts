import { Injectable } from '@nestjs/common';
import {
  byKeys,
  canActFor,
  groupByKeys,
  isUuid,
  paginate,
  TransactionHost,
  uniqueViolationOf,
  type ConnectionPage,
  type FieldError,
  type RequestUser,
} from '@tradebridge/core';
import { ReferenceInput } from '@tradebridge/reference';
import { SearchOutbox } from '@tradebridge/search';
import { In } from 'typeorm';
import { EmailNotVerified } from '../accounts/account.errors.js';
import { Country, MembershipRole } from '../identity-enums.type.js';
import { MembershipService } from '../users/membership.service.js';
import { AlreadyInOrganization, NotOrganizationMember, OrganizationNotFound, TaxIdAlreadyRegistered } from './organization.errors.js';
import { OrganizationSectorEntity } from './organization-sector.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import type { OrganizationInput, OrganizationsArgs } from './organization.input.js';
import { checkTaxId } from './tax-id.js';

const DEFAULT_PAGE_SIZE = 20;

/** A sector of an organization with its category's names, shaped like the catalog's Category. */
export interface Sector {
  code: string;
  name: string;
  nameEn: string;
  hsCode: string | null;
  parentCode: string | null;
}

/** The checked, normalised form of an OrganizationInput. */
interface OrganizationFields {
  name: string;
  country: Country;
  region: string;
  city: string | null;
  taxId: string;
  website: string | null;
  description: string | null;
  sectorCodes: string[];
}

/** Organizations: public profiles, registration (the caller becomes OWNER), edits by members, verification by admins. */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly memberships: MembershipService,
    private readonly outbox: SearchOutbox,
  ) {}

  /** Null for unknown (and malformed) ids. */
  async findById(id: string): Promise<OrganizationEntity | null> {
    return isUuid(id) ? this.tx.repo(OrganizationEntity).findOneBy({ id }) : null;
  }

  /** In `ids` order, null for unknown ids (one query; for DataLoaders and other slices). */
  async findByIds(ids: readonly string[]): Promise<(OrganizationEntity | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length ? await this.tx.repo(OrganizationEntity).findBy({ id: In(valid) }) : [];
    return byKeys(ids, rows, (o) => o.id);
  }

  /** Public directory, newest first; `query` matches part of the name in any case. */
  async listOrganizations(args: OrganizationsArgs): Promise<ConnectionPage<OrganizationEntity>> {
    const query = this.tx.repo(OrganizationEntity).createQueryBuilder('o').where('o.deactivatedAt IS NULL');
    const text = args.query?.trim();
    if (text) query.andWhere(`o.name ILIKE :pattern ESCAPE '\\'`, { pattern: `%${escapeLike(text)}%` });
    if (args.country) query.andWhere('o.country = :country', { country: args.country });
    return paginate(query, { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after });
  }

  /** Sector codes of each organization in `ids` order, each in the organization's own order (one query). */
  async sectorCodesByOrganizationIds(ids: readonly string[]): Promise<string[][]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return ids.map(() => []);
    const rows = await this.tx
      .repo(OrganizationSectorEntity)
      .createQueryBuilder('s')
      .where('s.organizationId IN (:...ids)', { ids: valid })
      .orderBy('s.position')
      .addOrderBy('s.categoryCode')
      .getMany();
    return groupByKeys(ids, rows, (r) => r.organizationId).map((list) => list.map((r) => r.categoryCode));
  }

  /** Sectors with their category names, for each organization in `ids` order (one query). */
  async sectorsByOrganizationIds(ids: readonly string[]): Promise<Sector[][]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return ids.map(() => []);
    const rows: Array<Sector & { organizationId: string }> = await this.tx.manager.query(
      `SELECT s.organization_id AS "organizationId", c.code, c.name, c.name_en AS "nameEn",
              c.hs_code AS "hsCode", c.parent_code AS "parentCode"
         FROM organization_sectors s JOIN categories c ON c.code = s.category_code
        WHERE s.organization_id = ANY($1::uuid[])
        ORDER BY s.position, c.code`,
      [valid],
    );
    return groupByKeys(ids, rows, (r) => r.organizationId).map((list) => list.map(({ organizationId: _, ...sector }) => sector));
  }

  async createOrganization(caller: RequestUser, input: OrganizationInput): Promise<OrganizationEntity> {
    const fields = await this.checkInput(caller, input);
    if (!caller.emailVerified) throw new EmailNotVerified('create an organization');
    return this.writing(fields, () =>
      this.tx.run(async () => {
        if (await this.memberships.findByUserId(caller.id)) throw new AlreadyInOrganization();
        await this.assertTaxIdFree(fields.country, fields.taxId, null);
        const repo = this.tx.repo(OrganizationEntity);
        const organization = repo.create({ ...withoutSectors(fields), verified: false, deactivatedAt: null, deactivationReason: null });
        await repo.insert(organization);
        await this.replaceSectors(organization.id, fields.sectorCodes);
        await this.memberships.join(caller.id, organization.id, MembershipRole.OWNER);
        await this.outbox.enqueue('organization', organization.id, 'identity.organization.created');
        return organization;
      }),
    );
  }

  /**
   * Replaces the profile. Members and admins only. A new name, country or tax id drops the verified
   * mark (admins verify again): verification vouches for the registered enterprise, not for whatever
   * the profile says later — a verified badge must not pass to a renamed organization.
   */
  async updateOrganization(caller: RequestUser, id: string, input: OrganizationInput): Promise<OrganizationEntity> {
    const fields = await this.checkInput(caller, input);
    return this.writing(fields, () =>
      this.tx.run(async () => {
        const organization = await this.lockedOrFail(id);
        if (!canActFor(caller, organization.id)) throw new NotOrganizationMember();
        await this.assertTaxIdFree(fields.country, fields.taxId, organization.id);
        const identityChanged = organization.name !== fields.name || organization.country !== fields.country || organization.taxId !== fields.taxId;
        Object.assign(organization, withoutSectors(fields));
        if (identityChanged) organization.verified = false;
        await this.tx.repo(OrganizationEntity).save(organization);
        await this.replaceSectors(organization.id, fields.sectorCodes);
        await this.outbox.enqueue('organization', organization.id, 'identity.organization.updated');
        return organization;
      }),
    );
  }

  /** Sets or clears the verified mark. The resolver admits admins only. */
  async verifyOrganization(id: string, verified: boolean): Promise<OrganizationEntity> {
    return this.tx.run(async () => {
      const organization = await this.lockedOrFail(id);
      organization.verified = verified;
      await this.tx.repo(OrganizationEntity).save(organization);
      await this.outbox.enqueue('organization', organization.id, 'identity.organization.verified');
      return organization;
    });
  }

  /**
   * Input values beyond shape, every bad one reported at once: the tax id's check digit (normalised), a
   * region of the organization's country (a code or a name in either language, stored as its code) and
   * sector codes that exist.
   */
  private async checkInput(caller: RequestUser, input: OrganizationInput): Promise<OrganizationFields> {
    const errors: FieldError[] = [];
    const tax = checkTaxId(input.country, input.taxId);
    if (!tax.valid) errors.push({ path: 'input.taxId', message: tax.message });
    const refs = new ReferenceInput(caller.locale);
    const region = refs.region('input.region', input.region, { country: input.country, regionOnly: true });
    const sectorCodes = [...new Set(input.sectorCodes.map((code) => code.trim()))];
    if (sectorCodes.length > 0) {
      const rows: Array<{ code: string }> = await this.tx.manager.query('SELECT code FROM categories WHERE code = ANY($1)', [sectorCodes]);
      const known = new Set(rows.map((r) => r.code));
      const unknown = sectorCodes.filter((code) => !known.has(code));
      if (unknown.length > 0) errors.push({ path: 'input.sectorCodes', message: `unknown category codes: ${unknown.join(', ')}` });
    }
    refs.check(errors);
    return {
      name: input.name.trim(),
      country: input.country,
      region: region!,
      city: input.city?.trim() || null,
      taxId: tax.valid ? tax.taxId : '',
      website: input.website?.trim() || null,
      description: input.description?.trim() || null,
      sectorCodes,
    };
  }

  private async lockedOrFail(id: string): Promise<OrganizationEntity> {
    const organization = isUuid(id)
      ? await this.tx.repo(OrganizationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!organization) throw new OrganizationNotFound(id);
    return organization;
  }

  private async assertTaxIdFree(country: Country, taxId: string, exceptId: string | null): Promise<void> {
    const holder = await this.tx.repo(OrganizationEntity).findOne({ where: { country, taxId }, select: { id: true } });
    if (holder && holder.id !== exceptId) throw new TaxIdAlreadyRegistered(country, taxId);
  }

  private async replaceSectors(organizationId: string, codes: string[]): Promise<void> {
    const repo = this.tx.repo(OrganizationSectorEntity);
    await repo.delete({ organizationId });
    if (codes.length > 0) await repo.insert(codes.map((categoryCode, position) => ({ organizationId, categoryCode, position })));
  }

  /** Turns unique violations from concurrent writes into the same refusals the checks give. */
  private async writing<T>(fields: OrganizationFields, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const constraint = uniqueViolationOf(error);
      if (constraint === 'organizations_tax_id_key') throw new TaxIdAlreadyRegistered(fields.country, fields.taxId);
      if (constraint === 'memberships_pkey') throw new AlreadyInOrganization();
      throw error;
    }
  }
}

function withoutSectors({ sectorCodes: _, ...rest }: OrganizationFields): Omit<OrganizationFields, 'sectorCodes'> {
  return rest;
}

/** Escapes LIKE wildcards so a query such as "100%" matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
