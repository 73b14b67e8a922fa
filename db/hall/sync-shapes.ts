import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { COUNTY_TABLES, HALL_TABLES, type OwnedTable } from './tables';

/**
 * The hall schema version: how many hall migrations this build has. Outbox entries are stamped with it, and every
 * sync request carries it, so the county can refuse a PC too old for it or a payload from a future schema. A test
 * keeps it equal to the number of migrations.
 */
export const HALL_SCHEMA_VERSION = 6;

export type ColumnType = 'text' | 'integer' | 'real';

export interface SyncedColumn {
  name: string;
  type: ColumnType;
  notNull: boolean;
  hasDefault: boolean;
}

/** What travels of a synced table: its key and the columns that leave the PC, with the SQLite types they carry. */
export interface SyncedShape {
  name: string;
  owner: 'hall' | 'county';
  primaryKey: string;
  hostOnly: boolean;
  columns: readonly SyncedColumn[];
}

function shapeOf(owned: OwnedTable): SyncedShape {
  const { name, columns } = getTableConfig(owned.table);
  const hidden = owned.private ?? [];
  const primary = columns.filter((c) => c.primary);
  if (primary.length !== 1) throw new Error(`synced table ${name} needs a single-column primary key`);
  return {
    name,
    owner: owned.owner === 'hall' ? 'hall' : 'county',
    primaryKey: primary[0]!.name,
    hostOnly: owned.hostOnly ?? false,
    columns: columns
      .filter((c) => !hidden.includes(c.name))
      .map((c) => ({ name: c.name, type: c.getSQLType() as ColumnType, notNull: c.notNull, hasDefault: c.hasDefault })),
  };
}

/** Every table that crosses the county link, by name. Both the hall and the county check rows against it. */
export const SYNCED_SHAPES: ReadonlyMap<string, SyncedShape> = new Map(
  [...HALL_TABLES, ...COUNTY_TABLES].map((owned) => {
    const shape = shapeOf(owned);
    return [shape.name, shape];
  }),
);

/**
 * Checks one row against its table's shape: only known columns, each of its type, every NOT NULL column without a
 * default present. Returns the problem in words, or null when the row fits.
 */
export function rowProblem(shape: SyncedShape, data: Record<string, unknown>, requireAll: boolean): string | null {
  const known = new Map(shape.columns.map((c) => [c.name, c]));
  for (const [name, value] of Object.entries(data)) {
    const column = known.get(name);
    if (!column) return `unknown column ${shape.name}.${name.slice(0, 64)}`;
    if (value === null) {
      if (column.notNull) return `${shape.name}.${name} may not be null`;
      continue;
    }
    const fits =
      column.type === 'text' ? typeof value === 'string' : column.type === 'integer' ? Number.isSafeInteger(value) : typeof value === 'number';
    if (!fits) return `${shape.name}.${name} must be ${column.type}`;
  }
  if (requireAll) {
    const missing = shape.columns.find((c) => c.notNull && !c.hasDefault && !(c.name in data));
    if (missing) return `${shape.name}.${missing.name} is missing`;
  }
  return null;
}
