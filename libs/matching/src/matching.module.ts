import { Module } from '@nestjs/common';
import { CatalogModule } from '@tradebridge/catalog';
import { IdentityModule } from '@tradebridge/identity';
import { NotificationsModule } from '@tradebridge/notifications';
import { MatchAlertListener } from './alerts/match-alert.listener.js';
import { MatchAlertService } from './alerts/match-alert.service.js';
import { MatchDataSource } from './matches/match-data.js';
import { MatchEngine } from './matches/match-engine.js';
import { NeedMatchesResolver, OfferingMatchingNeedsResolver } from './matches/match-fields.resolver.js';
import { MatchingService } from './matches/matching.service.js';
import { MatchCandidateSearch } from './query/match-candidate-search.js';

/**
 * Need <-> offering matching: Need.matches and Offering.matchingNeeds (scored, explained, private to
 * the listing's organization) and NEW_MATCH alerts after indexing. Uses SearchModule (global) when the
 * application registers it.
 */
@Module({
  imports: [CatalogModule, IdentityModule, NotificationsModule],
  providers: [
    MatchCandidateSearch,
    MatchDataSource,
    MatchEngine,
    MatchingService,
    NeedMatchesResolver,
    OfferingMatchingNeedsResolver,
    MatchAlertService,
    MatchAlertListener,
  ],
  exports: [MatchingService, MatchAlertService],
})
export class MatchingModule {}
