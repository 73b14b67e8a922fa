import type Database from 'better-sqlite3';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { HALL_SCHEMA_VERSION } from './sync-shapes';
import { ALL_TABLES, HALL_TABLES } from './tables';

type Op = 'insert' | 'update' | 'delete';

/**
 * The outbox entry of a hall-owned write is made by a trigger in the same statement, so it commits or rolls back
 * with the write, whatever code (or hand-typed SQL) made it. Without a device row the entry's `device_id` is NULL,
 * which the NOT NULL constraint refuses: the write fails rather than skip the outbox. Writes made while a pull
 * applies county rows (`sync_guard.applying`) make no entry: what came down never goes back up. The triggers are
 * derived from the drizzle schema and rebuilt at every open, so they always carry the current columns and schema
 * version; tables of other owners get none (a trigger left from an older build is dropped).
 */
export function outboxTriggerSql(): string[] {
  const statements: string[] = [];
  for (const owned of ALL_TABLES) {
    const name = getTableConfig(owned.table).name;
    for (const op of ['insert', 'update', 'delete'] as const) statements.push(`DROP TRIGGER IF EXISTS outbox_${name}_${op}`);
  }
  for (const { table, private: hidden = [] } of HALL_TABLES) {
    const { name, columns } = getTableConfig(table);
    const shared = columns.map((c) => c.name).filter((c) => !hidden.includes(c));
    for (const op of ['insert', 'update', 'delete'] as const) statements.push(triggerSql(`outbox_${name}_${op}`, name, op, shared));
  }
  return statements;
}

function triggerSql(trigger: string, tableName: string, op: Op, columns: string[]): string {
  const row = op === 'delete' ? 'OLD' : 'NEW';
  const payload = op === 'delete' ? `json_object('id', OLD.id)` : `json_object(${columns.map((c) => `'${c}', ${row}."${c}"`).join(', ')})`;
  const base = op === 'insert' ? 'NULL' : `${row}.sync_version`;
  return `CREATE TRIGGER ${trigger} AFTER ${op.toUpperCase()} ON "${tableName}" FOR EACH ROW
WHEN NOT EXISTS (SELECT 1 FROM sync_guard WHERE applying = 1)
BEGIN
  INSERT INTO outbox (device_id, table_name, row_id, op, payload, schema_version, base_version)
  VALUES ((SELECT id FROM device), '${tableName}', ${row}.id, '${op}', ${payload}, ${HALL_SCHEMA_VERSION}, ${base});
END`;
}

export function installOutboxTriggers(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    for (const statement of outboxTriggerSql()) sqlite.exec(statement);
  })();
}
