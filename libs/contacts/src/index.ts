// The contacts slice's public surface: the module, the service and loader other slices may call, and
// the GraphQL types and enums they may reference.
export * from './contacts.module.js';
export { ContactRequest } from './contact-requests/contact-request.entity.js';
export { ContactDirection, ContactRequestStatus } from './contact-requests/contact-request.enums.js';
export { ContactRequestConnection, ContactCard, ContactExchange } from './contact-requests/contact-request.type.js';
export { ContactRequestService } from './contact-requests/contact-request.service.js';
export { ContactRequestLoaders } from './contact-requests/contact-request.loaders.js';
