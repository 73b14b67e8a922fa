import type Database from 'better-sqlite3';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { SYNCED_TABLES } from './tables';

type Op = 'insert' | 'update' | 'delete';

/**
 * The outbox entry of a synced write is made by a trigger in the same statement, so it commits or rolls
 * back with the write, whatever code (or hand-typed SQL) made it. Without a device row the entry's
 * `device_id` is NULL, which the NOT NULL constraint refuses: the write fails rather than skip the outbox. The triggers are derived from the drizzle
 * schema and rebuilt at every open, so they always carry the current columns.
 */
export function outboxTriggerSql(): string[] {
  const statements: string[] = [];
  for (const { table, private: hidden = [] } of SYNCED_TABLES) {
    const { name, columns } = getTableConfig(table);
    const shared = columns.map((c) => c.name).filter((c) => !hidden.includes(c));
    for (const op of ['insert', 'update', 'delete'] as const) {
      const trigger = `outbox_${name}_${op}`;
      statements.push(`DROP TRIGGER IF EXISTS ${trigger}`);
      statements.push(triggerSql(trigger, name, op, shared));
    }
  }
  return statements;
}

function triggerSql(trigger: string, tableName: string, op: Op, columns: string[]): string {
  const row = op === 'delete' ? 'OLD' : 'NEW';
  const payload =
    op === 'delete'
      ? `json_object('id', OLD.id)`
      : `json_object(${columns.map((c) => `'${c}', ${row}."${c}"`).join(', ')})`;
  return `CREATE TRIGGER ${trigger} AFTER ${op.toUpperCase()} ON "${tableName}" FOR EACH ROW BEGIN
  INSERT INTO outbox (device_id, table_name, row_id, op, payload)
  VALUES ((SELECT id FROM device), '${tableName}', ${row}.id, '${op}', ${payload});
END`;
}

export function installOutboxTriggers(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    for (const statement of outboxTriggerSql()) sqlite.exec(statement);
  })();
}
