import type { catalogFeature } from '../../../../shared/features/catalog/contract';
import { currentCatalog } from '../../../../db/hall/repositories/catalog';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';

export function createCatalogService({ store }: HallDeps): FeatureHandlers<typeof catalogFeature> {
  return {
    current: () => currentCatalog(store.db),
  };
}
