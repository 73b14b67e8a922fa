import type { catalogFeature } from '../../../../shared/features/catalog/contract';
import { mergeCalendarYears } from '../../../../shared/domain/calendar';
import { listCalendarYears } from '../../../../db/hall/repositories/calendar';
import { currentCatalog } from '../../../../db/hall/repositories/catalog';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';

export function createCatalogService({ store }: HallDeps): FeatureHandlers<typeof catalogFeature> {
  return {
    current: () => currentCatalog(store.db),
    calendar: () => {
      const years = listCalendarYears(store.db);
      const merged = mergeCalendarYears(years);
      return {
        ...merged,
        holidays: [...merged.holidays],
        workdays: [...merged.workdays],
        years: years.map((y) => y.year),
        sampleYears: years.filter((y) => y.sample).map((y) => y.year),
      };
    },
  };
}
