import { Module } from '@nestjs/common';
import { CatalogModule } from '@tradebridge/catalog';
import { CooperationStatsResolver, SectorStatResolver } from './cooperation-stats.resolver.js';
import { CooperationStatsService } from './cooperation-stats.service.js';

/** Cooperation statistics for the bilateral working group (public aggregates). */
@Module({
  imports: [CatalogModule],
  providers: [CooperationStatsService, CooperationStatsResolver, SectorStatResolver],
  exports: [CooperationStatsService],
})
export class StatsModule {}
