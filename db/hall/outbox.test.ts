import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../ids';
import type { HallStore } from './open';
import * as schema from './schema';
import { COUNTY_TABLES, HALL_TABLES, LOCAL_TABLES, tableName } from './tables';
import { tempStore } from './test-fixtures';

let store: HallStore;
let dispose: () => void;
beforeEach(() => {
  ({ store, dispose } = tempStore());
});
afterEach(() => dispose());

interface OutboxRow {
  seq: number;
  device_id: string;
  table_name: string;
  row_id: string;
  op: string;
  payload: string;
}

const outbox = () => store.sqlite.prepare('SELECT * FROM outbox ORDER BY seq').all() as OutboxRow[];

/** One valid row per synced table, inserted with raw SQL in dependency order. */
function seedRows(): Record<string, string> {
  const ids: Record<string, string> = {};
  const run = (sql: string, ...args: unknown[]) => store.sqlite.prepare(sql).run(...args);
  ids.hall_settings = newId();
  run('INSERT INTO hall_settings (id, name, area_code, phone, created_at) VALUES (?, ?, ?, ?, ?)', ids.hall_settings, '测试大厅', '110105', '0571-1', 1);
  ids.staff = newId();
  run('INSERT INTO staff (id, job_number, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)', ids.staff, '1001', '王丽', 'clerk', 'scrypt$secret', 1);
  ids.hall_queue = newId();
  run('INSERT INTO hall_queue (id, prefix, name, sort_order, created_at) VALUES (?, ?, ?, ?, ?)', ids.hall_queue, 'A', '立项', 1, 1);
  ids.hall_window = newId();
  run('INSERT INTO hall_window (id, number, name, kind, created_at) VALUES (?, ?, ?, ?, ?)', ids.hall_window, 1, '1号窗口', 'comprehensive', 1);
  ids.window_queue = newId();
  run('INSERT INTO window_queue (id, window_id, queue_id) VALUES (?, ?, ?)', ids.window_queue, ids.hall_window, ids.hall_queue);
  ids.ticket = newId();
  run(
    'INSERT INTO ticket (id, service_day, queue_id, issued_queue_id, seq, number, status, taken_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ids.ticket, '2026-11-23', ids.hall_queue, ids.hall_queue, 1, 'A001', 'waiting', 1, store.deviceId,
  );
  ids.appointment_check_in = newId();
  run(
    'INSERT INTO appointment_check_in (id, appointment_id, ticket_id, checked_in_at, device_id) VALUES (?, ?, ?, ?, ?)',
    ids.appointment_check_in, newId(), ids.ticket, 1, store.deviceId,
  );
  ids.activity = newId();
  run('INSERT INTO activity (id, at, kind, device_id) VALUES (?, ?, ?, ?)', ids.activity, 1, 'test', store.deviceId);
  ids.intake_case = newId();
  run(
    `INSERT INTO intake_case (id, number, terminal_no, serial, catalog_version, stage_id, stage_name, status, decision, applicant_kind,
      applicant_name, applicant_key, phone, phone_digits, project_name, project_code, project_location, project_scale, delivery_method,
      staff_id, device_id, received_at, received_day, updated_at)
     VALUES (?, '11010520261123010001', 1, 1, 1, 's', '施工许可', 'accepted', '{"kind":"accept"}', 'person', '张伟', '11010519491231002X',
      '13812345678', '13812345678', '项目', '', '地点', '规模', 'inPerson', ?, ?, 1, '2026-11-23', 1)`,
    ids.intake_case, ids.staff, store.deviceId,
  );
  for (const [table, sql] of [
    ['case_matter', `INSERT INTO case_matter (id, case_id, matter_id, code, name, department, legal_limit_days, promised_limit_days, on_the_spot, legal_basis, sort_order) VALUES (?, ?, 'm', 'c', '事项', '住建', 7, 3, 0, '', 0)`],
    ['case_material', `INSERT INTO case_material (id, case_id, name, required_form, required_copies, required, deficiency_allowed, standard, status, copies, note, sort_order) VALUES (?, ?, '材料', 'copy', 1, 1, 0, '', 'received', 1, '', 0)`],
    ['case_document', `INSERT INTO case_document (id, case_id, kind, year, serial, number, issued_at) VALUES (?, ?, 'accept', 2026, 1, '云审受〔2026〕第010001号', 1)`],
    ['case_suspension', `INSERT INTO case_suspension (id, case_id, type, reason, approver, start_day, created_at) VALUES (?, ?, 'hearing', '听证', '陈静', '2026-11-23', 1)`],
  ] as const) {
    ids[table] = newId();
    run(sql, ids[table], ids.intake_case);
  }
  ids.rating_request = newId();
  run(
    `INSERT INTO rating_request (id, window_id, staff_id, step, rating_no, subject_key, requested_at, timeout_seconds, device_id)
     VALUES (?, ?, ?, 'intake', 1, ?, 1, 60, ?)`,
    ids.rating_request, ids.hall_window, ids.staff, ids.intake_case, store.deviceId,
  );
  ids.rating = newId();
  run(
    `INSERT INTO rating (id, request_id, subject_key, matter_names, departments, window_id, window_name, staff_id, clerk_name, job_number,
      step, level, reasons, text, real_name, rated_at, rated_day, rating_no, device_id, anomalies)
     VALUES (?, ?, ?, '[]', '[]', ?, '1号窗口', ?, '王丽', '1001', 'intake', 'dissatisfied', '["attitude"]', '', 1, 1, '2026-11-23', 1, ?, '[]')`,
    ids.rating, ids.rating_request, ids.intake_case, ids.hall_window, ids.staff, store.deviceId,
  );
  ids.rating_follow_up = newId();
  run('INSERT INTO rating_follow_up (id, rating_id, follow_up_due, rectify_due, created_at) VALUES (?, ?, ?, ?, 1)', ids.rating_follow_up, ids.rating, '2026-11-24', '2026-12-14');
  return ids;
}

describe('table classification', () => {
  it('gives every table of the schema one owner: hall, county or local', () => {
    const all = (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable)).map(tableName).sort();
    const classified = [...HALL_TABLES, ...COUNTY_TABLES, ...LOCAL_TABLES].map((t) => tableName(t.table)).sort();
    expect(classified).toEqual(all);
  });
});

describe('outbox', () => {
  it('gets one entry per insert into every synced table, with device id and increasing sequence', () => {
    const ids = seedRows();
    const rows = outbox();
    expect(rows.map((r) => r.table_name).sort()).toEqual(Object.keys(ids).sort());
    for (const row of rows) {
      expect(row.device_id).toBe(store.deviceId);
      expect(row.op).toBe('insert');
      expect(row.row_id).toBe(ids[row.table_name]);
    }
    const seqs = rows.map((r) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('carries every column of the row in the payload, except private ones', () => {
    seedRows();
    for (const { table, private: hidden = [] } of HALL_TABLES) {
      const name = tableName(table);
      const entry = outbox().find((r) => r.table_name === name)!;
      const payload = JSON.parse(entry.payload) as Record<string, unknown>;
      const expected = getTableConfig(table).columns.map((c) => c.name).filter((c) => !hidden.includes(c)).sort();
      expect(Object.keys(payload).sort()).toEqual(expected);
    }
    const staffEntry = outbox().find((r) => r.table_name === 'staff')!;
    expect(staffEntry.payload).not.toContain('scrypt$secret');
  });

  it('records updates and deletes too, including writes made through drizzle', () => {
    const ids = seedRows();
    const before = outbox().length;
    store.sqlite.prepare("UPDATE ticket SET status = 'called' WHERE id = ?").run(ids.ticket);
    store.db.delete(schema.activity).run();
    const after = outbox().slice(before);
    expect(after.map((r) => [r.table_name, r.op])).toEqual([
      ['ticket', 'update'],
      ['activity', 'delete'],
    ]);
    expect(JSON.parse(after[0]!.payload)).toMatchObject({ id: ids.ticket, status: 'called' });
    expect(JSON.parse(after[1]!.payload)).toEqual({ id: ids.activity });
  });

  it('rolls back with the write: a failed transaction leaves neither the row nor its entry', () => {
    seedRows();
    const before = outbox().length;
    expect(() =>
      store.sqlite.transaction(() => {
        store.sqlite.prepare('INSERT INTO activity (id, at, kind, device_id) VALUES (?, ?, ?, ?)').run(newId(), 2, 'x', 'd');
        throw new Error('crash in the middle');
      })(),
    ).toThrow('crash in the middle');
    expect(outbox().length).toBe(before);
    expect((store.sqlite.prepare('SELECT count(*) AS n FROM activity').get() as { n: number }).n).toBe(1);
  });

  it('refuses a synced write when the database has no device identity, rather than skip the outbox', () => {
    store.sqlite.prepare('DELETE FROM device').run();
    expect(() =>
      store.sqlite.prepare('INSERT INTO activity (id, at, kind, device_id) VALUES (?, ?, ?, ?)').run(newId(), 1, 'x', 'd'),
    ).toThrow(/NOT NULL/);
    expect((store.sqlite.prepare('SELECT count(*) AS n FROM activity').get() as { n: number }).n).toBe(0);
  });

  it('never reuses a sequence number, even after pushed entries are pruned', () => {
    seedRows();
    const last = outbox().at(-1)!.seq;
    store.sqlite.prepare('DELETE FROM outbox').run();
    store.sqlite.prepare('INSERT INTO activity (id, at, kind, device_id) VALUES (?, ?, ?, ?)').run(newId(), 3, 'y', store.deviceId);
    expect(outbox()[0]!.seq).toBe(last + 1);
  });

  it('writes nothing to the outbox for local tables', () => {
    store.sqlite.prepare("INSERT INTO paired_device (id, name, role, token_hash, paired_at) VALUES ('p', 'k', 'kiosk', 'h', 1)").run();
    expect(outbox()).toEqual([]);
  });
});
