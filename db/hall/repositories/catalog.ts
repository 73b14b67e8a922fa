import { asc, desc, eq } from 'drizzle-orm';
import type { Catalog, CatalogDraft } from '../../../shared/features/catalog/contract';
import { catalogRowIds } from '../../../shared/features/catalog/ids';
import type { HallDb } from '../open';
import { catalogMaterial, catalogMatter, catalogStage, catalogVersion } from '../schema';

/** Stores a catalog version with the row ids every store gives it (`catalogRowIds`). */
export function insertCatalogVersion(db: HallDb, catalog: CatalogDraft, source: 'county' | 'seed'): string {
  const ids = catalogRowIds(catalog.version);
  const versionId = ids.version;
  db.insert(catalogVersion).values({ id: versionId, version: catalog.version, publishedAt: catalog.publishedAt, source }).run();
  catalog.stages.forEach((stage, s) => {
    const stageId = ids.stage(stage.code);
    db.insert(catalogStage).values({ id: stageId, versionId, code: stage.code, name: stage.name, sortOrder: s }).run();
    stage.matters.forEach(({ materials, ...matter }, m) => {
      const matterId = ids.matter(matter.code);
      db.insert(catalogMatter).values({ id: matterId, versionId, stageId, ...matter, sortOrder: m }).run();
      materials.forEach((material, i) => {
        db.insert(catalogMaterial).values({ id: ids.material(matter.code, i), versionId, matterId, ...material, sortOrder: i }).run();
      });
    });
  });
  return versionId;
}

/** The newest version, assembled into its tree. */
export function currentCatalog(db: HallDb): Catalog | null {
  const version = db.select().from(catalogVersion).orderBy(desc(catalogVersion.version)).limit(1).get();
  if (!version) return null;
  const stages = db.select().from(catalogStage).where(eq(catalogStage.versionId, version.id)).orderBy(asc(catalogStage.sortOrder)).all();
  const matters = db.select().from(catalogMatter).where(eq(catalogMatter.versionId, version.id)).orderBy(asc(catalogMatter.sortOrder)).all();
  const materials = db
    .select()
    .from(catalogMaterial)
    .where(eq(catalogMaterial.versionId, version.id))
    .orderBy(asc(catalogMaterial.sortOrder))
    .all();
  return {
    version: version.version,
    publishedAt: version.publishedAt,
    stages: stages.map((stage) => ({
      id: stage.id,
      code: stage.code,
      name: stage.name,
      matters: matters
        .filter((m) => m.stageId === stage.id)
        .map((m) => ({
          id: m.id,
          code: m.code,
          name: m.name,
          department: m.department,
          legalLimitDays: m.legalLimitDays,
          promisedLimitDays: m.promisedLimitDays,
          onTheSpot: m.onTheSpot,
          legalBasis: m.legalBasis,
          materials: materials
            .filter((x) => x.matterId === m.id)
            .map((x) => ({
              id: x.id,
              name: x.name,
              form: x.form,
              copies: x.copies,
              required: x.required,
              deficiencyAllowed: x.deficiencyAllowed,
              standard: x.standard,
            })),
        })),
    })),
  };
}
