import { z } from 'zod';
import { feature, method } from '../../api/define';

/** How a material is handed in: the original, a copy, or either. */
export const MaterialForm = z.enum(['original', 'copy', 'either']);

export const Material = z.object({
  id: z.string(),
  name: z.string(),
  form: MaterialForm,
  copies: z.number().int().nonnegative(),
  required: z.boolean(),
  /** May be missing at intake under 容缺受理, to be caught up later. */
  deficiencyAllowed: z.boolean(),
  standard: z.string(),
});
export type Material = z.infer<typeof Material>;

export const Matter = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  department: z.string(),
  /** 法定时限 and 承诺时限, in working days. */
  legalLimitDays: z.number().int().nonnegative(),
  promisedLimitDays: z.number().int().nonnegative(),
  /** 即办件: done on the spot. */
  onTheSpot: z.boolean(),
  legalBasis: z.string(),
  materials: z.array(Material),
});
export type Matter = z.infer<typeof Matter>;

export const Stage = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  matters: z.array(Matter),
});
export type Stage = z.infer<typeof Stage>;

export const Catalog = z.object({
  /** Reference data is versioned: a case keeps the version it was taken in under. */
  version: z.number().int().positive(),
  publishedAt: z.number(),
  stages: z.array(Stage),
});
export type Catalog = z.infer<typeof Catalog>;

/** A catalog version as the county edits and publishes it: the tree without row ids (`catalogRowIds` gives them). */
export type CatalogDraft = {
  version: number;
  publishedAt: number;
  stages: Array<
    Omit<Stage, 'id' | 'matters'> & {
      matters: Array<Omit<Matter, 'id' | 'materials'> & { materials: Array<Omit<Material, 'id'>> }>;
    }
  >;
};

/** The working-day calendar the county sent, merged over its years, and which years are only samples. */
export const HallCalendar = z.object({
  from: z.string(),
  to: z.string(),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  years: z.array(z.number().int()),
  sampleYears: z.array(z.number().int()),
});
export type HallCalendar = z.infer<typeof HallCalendar>;

export const catalogFeature = feature({
  methods: {
    calendar: method({
      summary: 'The working-day calendar in force (DOMAIN §3): the form counts time limits on the same days as the host.',
      input: z.object({}),
      output: HallCalendar,
      devices: ['host', 'window'],
    }),
    current: method({
      summary: 'The catalog in force: stages, their matters with time limits, and each matter’s materials.',
      input: z.object({}),
      output: Catalog.nullable(),
      devices: ['host', 'window'],
    }),
  },
  events: {},
});
