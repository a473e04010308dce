/**
 * spbe-widgets: importing this module defines every element.
 * Import `spbe-widgets/index-gauge` (etc.) instead to define only the ones you use.
 */
export * from './core/index.js';
export { SpbeIndexGauge } from './widgets/index-gauge/index-gauge.js';
export { SpbeTrendChart, type TrendSelectDetail } from './widgets/trend-chart/trend-chart.js';
export { SpbeDomainRadar, type RadarSelectDetail } from './widgets/domain-radar/domain-radar.js';
export { SpbeApMap, type MapSelectDetail } from './widgets/ap-map/ap-map.js';
export { SpbeRanking, type RankingSelectDetail } from './widgets/ranking/ranking.js';
export { SpbeDashboard, sourcesOf, type DashboardPart } from './widgets/dashboard/dashboard.js';
