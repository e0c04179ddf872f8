// GraphQL documents and helpers shared by the contact request, notification and statistics specs.
import { dataOf, type TestApp } from '../support/test-app.js';

const CARD = 'name position organizationName email phone';
export const REQUEST_FIELDS = `id status message responseMessage createdAt respondedAt
  fromOrganization { id name } toOrganization { id name } offering { id title } need { id title }
  contacts { requester { ${CARD} } responder { ${CARD} } }`;

export const REQUEST_CONTACT = `mutation ($input: ContactRequestInput!) { requestContact(input: $input) { ${REQUEST_FIELDS} } }`;
export const RESPOND = `mutation ($input: ContactResponseInput!) { respondToContactRequest(input: $input) { ${REQUEST_FIELDS} } }`;
export const WITHDRAW = `mutation ($id: ID!) { withdrawContactRequest(id: $id) { id status respondedAt } }`;
export const GET_REQUEST = `query ($id: ID!) { contactRequest(id: $id) { ${REQUEST_FIELDS} } }`;
export const LIST_REQUESTS = `query ($direction: ContactDirection!, $status: ContactRequestStatus, $first: Int, $after: String) {
  contactRequests(direction: $direction, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status fromOrganization { id } toOrganization { id } } } } }`;

export const NOTIFICATIONS = `query ($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title read createdAt need { id } offering { id } contactRequest { id status } } } } }`;
export const MARK_READ = `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;

export { codeOf, pathsOf, UNKNOWN_ID } from '../support/test-app.js';

export interface NotificationNode {
  id: string;
  kind: string;
  title: string;
  read: boolean;
  need: { id: string } | null;
  offering: { id: string } | null;
  contactRequest: { id: string; status: string } | null;
}

export interface NotificationPage {
  totalCount: number;
  unreadCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: NotificationNode[];
}

/** Contact request and notification calls bound to one app. */
export function contactsApi(t: TestApp) {
  return {
    request: (token: string, input: Record<string, unknown>) => t.gql(REQUEST_CONTACT, { input }, token),
    async requestOk(token: string, input: Record<string, unknown>) {
      return dataOf(await t.gql(REQUEST_CONTACT, { input: { message: 'Здравствуйте! Интересует ваше предложение.', ...input } }, token))
        .requestContact;
    },
    respond: (token: string, id: string, accept: boolean, message?: string | null) => t.gql(RESPOND, { input: { id, accept, message } }, token),
    withdraw: (token: string, id: string) => t.gql(WITHDRAW, { id }, token),
    get: async (token: string | undefined, id: string) => dataOf(await t.gql(GET_REQUEST, { id }, token)).contactRequest,
    list: async (token: string, direction: 'INCOMING' | 'OUTGOING', extra: Record<string, unknown> = {}) =>
      dataOf(await t.gql(LIST_REQUESTS, { direction, first: 50, ...extra }, token)).contactRequests,
    async notifications(token: string, variables: Record<string, unknown> = {}): Promise<NotificationPage> {
      const connection = dataOf(await t.gql(NOTIFICATIONS, { first: 100, ...variables }, token)).notifications;
      return { ...connection, nodes: connection.edges.map((e: { node: NotificationNode }) => e.node) };
    },
  };
}
