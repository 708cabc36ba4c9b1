import type { AnyRoute } from '../route.js';
import { changeRoutes } from './changes.js';
import { commodityRoutes } from './commodities.js';
import { countryRoutes } from './countries.js';
import { docRoutes } from './docs.js';
import { eventRoutes } from './events.js';
import { facilityRoutes } from './facilities.js';
import { newsRoutes } from './news.js';
import { restrictionRoutes } from './restrictions.js';
import { riskRoutes } from './risk.js';
import { scenarioRoutes } from './scenarios.js';
import { searchRoutes } from './search.js';

/** Every route of the API, in the order of the documentation. */
export const allRoutes: readonly AnyRoute[] = [
  ...docRoutes,
  ...commodityRoutes,
  ...countryRoutes,
  ...facilityRoutes,
  ...restrictionRoutes,
  ...eventRoutes,
  ...changeRoutes,
  ...riskRoutes,
  ...scenarioRoutes,
  ...searchRoutes,
  ...newsRoutes,
];
