// The matching slice's public surface: the module, the service other slices and tools may call, the
// GraphQL types, and the pure scoring pieces (weights, score, NDCG) for tools and reports.
export * from './matching.module.js';
export { MatchingService, DEFAULT_MATCH_COUNT, MAX_MATCH_COUNT, type NeedMatchesArgs } from './matches/matching.service.js';
export type { MatchOptions } from './matches/match-engine.js';
export { MatchReasonCode, MatchReason, OfferingMatch, NeedMatch } from './matches/match.types.js';
export { MatchesForbidden } from './matches/matching.errors.js';
export { MatchAlertService, OFFERING_ALERT_EVENTS, NEED_ALERT_EVENTS } from './alerts/match-alert.service.js';
export { MATCH_WEIGHTS } from './scoring/match-weights.js';
export { scoreMatch, type MatchSignals } from './scoring/score-match.js';
