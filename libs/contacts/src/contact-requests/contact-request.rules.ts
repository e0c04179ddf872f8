import { isAdmin, type Locale, type RequestUser } from '@tradebridge/core';
import type { LocalizedText, NotificationMailContent } from '@tradebridge/notifications';
import { ContactRequestStatus } from './contact-request.enums.js';

export type ListingKind = 'offering' | 'need';

/** The parties of a request: the organization that asked and the one that owns the listing. */
export interface Parties {
  fromOrganizationId: string;
  toOrganizationId: string;
}

// A request starts PENDING; the target answers it (ACCEPTED, DECLINED) or the requester withdraws it.
// Every other state is final.
const NEXT: Record<ContactRequestStatus, readonly ContactRequestStatus[]> = {
  [ContactRequestStatus.PENDING]: [ContactRequestStatus.ACCEPTED, ContactRequestStatus.DECLINED, ContactRequestStatus.WITHDRAWN],
  [ContactRequestStatus.ACCEPTED]: [],
  [ContactRequestStatus.DECLINED]: [],
  [ContactRequestStatus.WITHDRAWN]: [],
};

export function canMoveContactRequest(from: ContactRequestStatus, to: ContactRequestStatus): boolean {
  return NEXT[from].includes(to);
}

/** Members of either organization and platform admins read a request; nobody else, by any path. */
export function mayReadContactRequest(viewer: RequestUser | null, request: Parties): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  return viewer.organizationId !== null && (viewer.organizationId === request.fromOrganizationId || viewer.organizationId === request.toOrganizationId);
}

/** Only the target organization's members answer (admins do not answer for an enterprise). */
export function mayRespond(viewer: RequestUser, request: Parties): boolean {
  return viewer.organizationId !== null && viewer.organizationId === request.toOrganizationId;
}

/** Only the requesting organization's members withdraw. */
export function mayWithdraw(viewer: RequestUser, request: Parties): boolean {
  return viewer.organizationId !== null && viewer.organizationId === request.fromOrganizationId;
}

export interface ContactPerson {
  displayName: string;
  position: string | null;
  email: string;
  phone: string | null;
}

export interface ContactCardData {
  name: string;
  position: string | null;
  organizationName: string;
  email: string;
  phone: string | null;
}

export function buildContactCard(person: ContactPerson, organizationName: string): ContactCardData {
  return {
    name: person.displayName,
    position: person.position ?? null,
    organizationName,
    email: person.email,
    phone: person.phone ?? null,
  };
}

/**
 * The exchange shown on an ACCEPTED request to `viewer`, or null: before acceptance, for anyone outside
 * the two organizations (admins excepted), or when a party is missing.
 */
export function buildContactExchange(
  viewer: RequestUser | null,
  request: Parties & { status: ContactRequestStatus },
  requester: { person: ContactPerson | null; organizationName: string | null },
  responder: { person: ContactPerson | null; organizationName: string | null },
): { requester: ContactCardData; responder: ContactCardData } | null {
  if (request.status !== ContactRequestStatus.ACCEPTED || !mayReadContactRequest(viewer, request)) return null;
  if (!requester.person || !responder.person || requester.organizationName === null || responder.organizationName === null) return null;
  return {
    requester: buildContactCard(requester.person, requester.organizationName),
    responder: buildContactCard(responder.person, responder.organizationName),
  };
}

const quoted: Record<Locale, (s: string) => string> = { RU: (s) => `«${s}»`, EN: (s) => `"${s}"` };

const about = (listingTitle: string | null) => (listingTitle ? `: ${listingTitle}` : '');

/** Notification titles, in both locales (the sink picks each recipient's). */
export const contactTitles = {
  received(fromOrganization: string, listingTitle: string | null): LocalizedText {
    return {
      RU: `Запрос контакта от ${quoted.RU(fromOrganization)}${about(listingTitle)}`,
      EN: `Contact request from ${quoted.EN(fromOrganization)}${about(listingTitle)}`,
    };
  },
  answered(accepted: boolean, toOrganization: string, listingTitle: string | null): LocalizedText {
    return accepted
      ? {
          RU: `${quoted.RU(toOrganization)} приняла ваш запрос контакта${about(listingTitle)}`,
          EN: `${quoted.EN(toOrganization)} accepted your contact request${about(listingTitle)}`,
        }
      : {
          RU: `${quoted.RU(toOrganization)} отклонила ваш запрос контакта${about(listingTitle)}`,
          EN: `${quoted.EN(toOrganization)} declined your contact request${about(listingTitle)}`,
        };
  },
};

const OPEN_REQUEST: LocalizedText = { RU: 'Открыть запрос', EN: 'Open the request' };

/** What the notification mails say beyond the title, and where their button leads. */
export const contactMail = {
  received(request: { id: string; message: string }): NotificationMailContent {
    return {
      intro: { RU: `Сообщение: «${request.message}»`, EN: `Message: "${request.message}"` },
      path: `/contact-requests/${request.id}`,
      actionLabel: { RU: 'Ответить на запрос', EN: 'Answer the request' },
    };
  },
  answered(request: { id: string; responseMessage: string | null }, accepted: boolean): NotificationMailContent {
    const reply = request.responseMessage ? { RU: ` Ответ: «${request.responseMessage}»`, EN: ` Reply: "${request.responseMessage}"` } : { RU: '', EN: '' };
    return {
      intro: accepted
        ? { RU: `Контакты обеих сторон теперь видны в запросе.${reply.RU}`, EN: `Both sides' contacts are now shown on the request.${reply.EN}` }
        : { RU: `Вы можете найти другие предложения на TradeBridge.${reply.RU}`, EN: `You can look for other offers on TradeBridge.${reply.EN}` },
      path: `/contact-requests/${request.id}`,
      actionLabel: OPEN_REQUEST,
    };
  },
};
