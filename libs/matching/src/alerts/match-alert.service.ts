import { Inject, Injectable } from '@nestjs/common';
import { isNeedPublic, isOfferingPublic, NeedService, OfferingService, type Need, type NeedEvent, type Offering, type OfferingEvent } from '@tradebridge/catalog';
import { APP_CONFIG, chunks, LOGGER, TransactionHost, type AppConfig, type Logger } from '@tradebridge/core';
import { MembershipService, UserService } from '@tradebridge/identity';
import { NotificationKind, NotificationService, type LocalizedText, type NotificationRecipient } from '@tradebridge/notifications';
import type { IndexedChange } from '@tradebridge/search';
import { MatchingService } from '../matches/matching.service.js';
import { matchAlertTitles } from './match-alert-titles.js';

/** Published or materially changed offerings, opened or materially changed needs, trigger alerts. */
export const OFFERING_ALERT_EVENTS: readonly OfferingEvent[] = ['catalog.offering.published', 'catalog.offering.updated'];
export const NEED_ALERT_EVENTS: readonly NeedEvent[] = ['catalog.need.opened', 'catalog.need.updated'];
/** Listings matched per Meilisearch request. */
const CHUNK = 20;
/** Counterparts alerted per listing at most (the best ones). */
export const MAX_ALERTS_PER_LISTING = 50;

/** One (need, offering) pair to tell `organizationId` about. */
interface Alert {
  need: Need;
  offering: Offering;
  organizationId: string;
  score: number;
  title: LocalizedText;
  /** The recipient's own listing, where its matches are shown. */
  path: string;
}

/** The ids of `entity` changes now in the index whose events include one of `events`. */
export function triggeredIds(changes: readonly IndexedChange[], entity: string, events: readonly string[]): string[] {
  const ids = changes.filter((c) => c.entity === entity && c.indexed && c.events.some((e) => events.includes(e))).map((c) => c.id);
  return [...new Set(ids)];
}

const alertKey = (needId: string, offeringId: string, organizationId: string) => `${needId}:${offeringId}:${organizationId}`;

/** The alert of a new pair for the side that did not ask: the need's organization learns of the offering, or the other way round. */
function alertOf(need: Need, offering: Offering, score: number, recipient: 'need' | 'offering'): Alert {
  // The link leads to the recipient's own listing, where its matches are.
  return recipient === 'need'
    ? { need, offering, score, organizationId: need.organizationId, title: matchAlertTitles.offeringForNeed(offering.title, need.title), path: `/needs/${need.id}` }
    : {
        need, offering, score, organizationId: offering.organizationId,
        title: matchAlertTitles.needForOffering(need.title, offering.title), path: `/offerings/${offering.id}`,
      };
}

/**
 * NEW_MATCH alerts, computed after indexing (never inside the request): an offering published or
 * changed alerts the organizations of the open needs it matches at MATCH_ALERT_MIN_SCORE or above; a
 * need opened or changed alerts the organizations of the matching offerings. `match_alerts` (primary
 * key: need, offering, organization) makes each alert happen once: a row inserted now is notified in
 * the same transaction, a row already there is not.
 */
@Injectable()
export class MatchAlertService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly matching: MatchingService,
    private readonly offerings: OfferingService,
    private readonly needs: NeedService,
    private readonly memberships: MembershipService,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The relay's hook after a batch is indexed. Never throws: failures are logged per chunk of listings. */
  async onIndexed(changes: readonly IndexedChange[]): Promise<void> {
    for (const ids of chunks(triggeredIds(changes, 'offering', OFFERING_ALERT_EVENTS), CHUNK)) {
      await this.safely('offering', ids, () => this.alertForOfferings(ids));
    }
    for (const ids of chunks(triggeredIds(changes, 'need', NEED_ALERT_EVENTS), CHUNK)) {
      await this.safely('need', ids, () => this.alertForNeeds(ids));
    }
  }

  private async safely(entity: string, ids: string[], run: () => Promise<number>): Promise<void> {
    try {
      const sent = await run();
      if (sent > 0) this.logger.debug({ entity, listings: ids.length, alerts: sent }, 'match alerts sent');
    } catch (error) {
      this.logger.error({ err: error, entity, ids }, 'match alerts failed for these listings');
    }
  }

  /** Alerts the organizations of open needs that these offerings match. Returns how many pairs were new. */
  async alertForOfferings(ids: readonly string[]): Promise<number> {
    const now = new Date();
    const offerings = (await this.offerings.findByIds(ids)).filter((o): o is Offering => o !== null && isOfferingPublic(o, now));
    const matches = await this.matching.needsForOfferings(offerings, this.options(now));
    return this.deliver(offerings.flatMap((offering, i) => matches[i].map(({ need, score }) => alertOf(need, offering, score, 'need'))));
  }

  /** Alerts the organizations of published offerings that these needs match. Returns how many pairs were new. */
  async alertForNeeds(ids: readonly string[]): Promise<number> {
    const now = new Date();
    const needs = (await this.needs.findByIds(ids)).filter((n): n is Need => n !== null && isNeedPublic(n, now));
    const matches = await this.matching.offeringsForNeeds(needs, this.options(now));
    return this.deliver(needs.flatMap((need, i) => matches[i].map(({ offering, score }) => alertOf(need, offering, score, 'offering'))));
  }

  private options(now: Date) {
    return { first: MAX_ALERTS_PER_LISTING, minScore: this.config.matchAlertMinScore, locale: null, now };
  }

  /** Records the alerts; notifies the members of each organization for the pairs recorded now. */
  private async deliver(candidates: Alert[]): Promise<number> {
    const alerts = [...new Map(candidates.map((a) => [alertKey(a.need.id, a.offering.id, a.organizationId), a])).values()];
    if (alerts.length === 0) return 0;
    return this.tx.run(async (manager) => {
      const inserted: Array<{ need_id: string; offering_id: string; organization_id: string }> = await manager.query(
        `INSERT INTO match_alerts (need_id, offering_id, organization_id, score)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::real[])
         ON CONFLICT DO NOTHING
         RETURNING need_id, offering_id, organization_id`,
        [alerts.map((a) => a.need.id), alerts.map((a) => a.offering.id), alerts.map((a) => a.organizationId), alerts.map((a) => a.score)],
      );
      const fresh = new Set(inserted.map((r) => alertKey(r.need_id, r.offering_id, r.organization_id)));
      const toSend = alerts.filter((a) => fresh.has(alertKey(a.need.id, a.offering.id, a.organizationId)));
      if (toSend.length === 0) return 0;
      const recipients = await this.recipientsByOrganization(toSend.map((a) => a.organizationId));
      for (const alert of toSend) {
        await this.notifications.notifyUsers(recipients.get(alert.organizationId) ?? [], NotificationKind.NEW_MATCH, {
          title: alert.title,
          needId: alert.need.id,
          offeringId: alert.offering.id,
          mail: { path: alert.path, actionLabel: { RU: 'Посмотреть совпадения', EN: 'See the matches' } },
        });
      }
      return toSend.length;
    });
  }

  /** Each organization's members with their locales and proven addresses (two queries for all organizations). */
  private async recipientsByOrganization(organizationIds: readonly string[]): Promise<Map<string, NotificationRecipient[]>> {
    const unique = [...new Set(organizationIds)];
    const memberIds = await this.memberships.memberIdsByOrganizationIds(unique);
    const users = await this.users.findByIds([...new Set(memberIds.flat())]);
    const byId = new Map(users.filter((u) => u !== null).map((u) => [u.id, u]));
    const recipient = (id: string): NotificationRecipient[] => {
      const user = byId.get(id);
      return user ? [{ id, locale: user.locale, email: user.emailVerifiedAt ? user.email : null }] : [];
    };
    return new Map(unique.map((orgId, i) => [orgId, memberIds[i].flatMap(recipient)]));
  }
}
