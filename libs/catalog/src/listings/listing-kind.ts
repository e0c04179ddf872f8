import type { Type } from '@nestjs/common';
import { isExpired } from '../shared/listing-visibility.js';

// Offerings and needs are two kinds of one thing, a listing. What differs between the kinds is stated
// once, in a ListingKind (offering.kind.ts, need.kind.ts); everything else (reads, visibility, the
// lifecycle machinery, writes with their outbox rows, loaders, resolvers) is the listing core's.

/** What every listing row has (the entity's common columns: ListingEntity). */
export interface Listing {
  id: string;
  organizationId: string;
  title: string;
  description: string;
  categoryCode: string;
  keywords: string[];
  status: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface ListingKind<L extends Listing = Listing, S extends L['status'] = L['status']> {
  /** `offering` / `need`: the outbox entity, loader keys and events (`catalog.need.opened`). */
  name: 'offering' | 'need';
  /** `Offering` / `Need`: the GraphQL type, and how errors name it. */
  label: string;
  /** `An offering` / `A need`: how messages start. */
  article: string;
  entity: Type<L>;
  /** Which status may follow which: the lifecycle. */
  next: Readonly<Record<S, readonly S[]>>;
  /** The outbox verb of each target status: `catalog.<name>.<verb>`. */
  verbs: Readonly<Record<S, string>>;
  /** The status a new listing gets unless kept a draft; with its deadline not passed, the listing is public. */
  publicStatus: S;
  draftStatus: S;
  /** Where a public listing goes when its organization is deactivated (an offering archived, a need closed). */
  withdrawnStatus: S;
  /** The deadline after which a public listing is no longer public (property and column). */
  deadline: { property: string; column: string };
  /** Set at the first publication (property). */
  publishedAt: string;
  /** The money a listing names: an offering's price, a need's budget per unit (input field and columns). */
  money: { field: 'price' | 'budget'; columns: { min: string; max: string; currency: string }; description?: string };
  /** Its reference values: GraphQL shows each as labels in the caller's language beside a field of codes. */
  reference: ListingReferenceFields;
}

/** Where a kind keeps its reference values (property = GraphQL field; `codes`: the field of codes beside it). */
export interface ListingReferenceFields {
  /** Delivery regions: an offering's list, a need's one region. */
  regions: { property: string; codes: string; list: boolean; description: string };
  certifications: { property: string; codes: string; description: string };
}

/** The statuses `from` may move to (none: final). */
export function allowedMoves<S extends string>(kind: Pick<ListingKind<Listing, S>, 'next'>, from: S): readonly S[] {
  return kind.next[from];
}

export function canMove<S extends string>(kind: Pick<ListingKind<Listing, S>, 'next'>, from: S, to: S): boolean {
  return kind.next[from].includes(to);
}

/** The outbox event of a move to `status` (`catalog.offering.published`). */
export function statusEvent<S extends string>(kind: Pick<ListingKind<Listing, S>, 'name' | 'verbs'>, status: S): string {
  return `catalog.${kind.name}.${kind.verbs[status]}`;
}

type PublicRule = Pick<ListingKind, 'publicStatus' | 'deadline'>;

/** Public: in the kind's public status and its deadline not reached. */
export function isListingPublic(kind: PublicRule, listing: { status: string }, now: Date = new Date()): boolean {
  const deadline = (listing as unknown as Record<string, Date | null | undefined>)[kind.deadline.property];
  return listing.status === kind.publicStatus && !isExpired(deadline, now);
}

/** The same rule as SQL over the listing table's `alias`, for lists, search and statistics. */
export function publicListingSql(kind: PublicRule, alias: string): string {
  const deadline = `${alias}.${kind.deadline.column}`;
  return `(${alias}.status = '${kind.publicStatus}' AND (${deadline} IS NULL OR ${deadline} > now()))`;
}
