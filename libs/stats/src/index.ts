// The stats slice's public surface.
export * from './stats.module.js';
export { CooperationStats, RegionStat, SectorStat } from './cooperation-stats.type.js';
export { CooperationStatsService, type CooperationTotals, type RegionRow, type SectorRow } from './cooperation-stats.service.js';
export { checkWindow, type StatsWindow } from './stats-window.js';
