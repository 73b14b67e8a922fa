import { saveCalendarYear } from '../../../db/hall/repositories/calendar';
import { insertCatalogVersion } from '../../../db/hall/repositories/catalog';
import { insertAppointment } from '../../../db/hall/repositories/appointments';
import { insertBlacklistEntry } from '../../../db/hall/repositories/cases';
import { setTerminalNumber } from '../../../db/hall/repositories/devices';
import { getHallInfo, insertHallInfo, insertWindow } from '../../../db/hall/repositories/hall';
import type { HallDb } from '../../../db/hall/open';
import { hallDay } from '../../../shared/domain/clock';
import { creditCodeCheckChar, residentIdCheckChar } from '../../../shared/domain/identifiers';
import { insertQueue } from '../../../db/hall/repositories/queue';
import { insertStaff } from '../../../db/hall/repositories/staff';
import type { StaffRole } from '../../../shared/api/roles';
import type { WindowKind } from '../../../shared/features/hall/contract';
import type { HallDeps } from '../deps';
import { hashPin } from '../secrets';
import { DEMO_CALENDARS, DEMO_CATALOG } from '../../../shared/demo/catalog';

/** Demo logins, also listed in the README. Every demo PIN is 123456. */
export const DEMO_PIN = '123456';
export const DEMO_STAFF: ReadonlyArray<{ jobNumber: string; name: string; role: StaffRole }> = [
  { jobNumber: '1001', name: '王丽', role: 'clerk' },
  { jobNumber: '1002', name: '李强', role: 'clerk' },
  { jobNumber: '1003', name: '周敏', role: 'clerk' },
  { jobNumber: '2001', name: '赵雪', role: 'pickup' },
  { jobNumber: '8001', name: '陈静', role: 'supervisor' },
  { jobNumber: '9001', name: '刘洋', role: 'admin' },
];

/** The terminal number the county would assign this PC at enrolment. */
export const DEMO_TERMINAL = 1;

/** An organisation on the credit blacklist, to show that 容缺受理 is refused for it. */
export const DEMO_BLACKLISTED = {
  name: '云溪失信建材有限公司',
  creditCode: `91330100MA2B00001${creditCodeCheckChar('91330100MA2B00001')}`,
  reason: '2026年被列入严重失信主体名单',
};

/** The sample queues of DOMAIN §4. */
export const DEMO_QUEUES = [
  { prefix: 'A', name: '立项用地规划', stageCode: 'S1' },
  { prefix: 'B', name: '工程建设许可', stageCode: 'S2' },
  { prefix: 'C', name: '施工许可', stageCode: 'S3' },
  { prefix: 'D', name: '竣工验收', stageCode: 'S4' },
  { prefix: 'E', name: '咨询/帮办代办' },
  { prefix: 'F', name: '出件领证' },
  { prefix: 'Y', name: '预约', role: 'appointment' },
  { prefix: 'V', name: '优先/绿色通道' },
] as const;

const DEMO_WINDOWS: ReadonlyArray<{ number: number; kind: WindowKind; queues: string }> = [
  { number: 1, kind: 'comprehensive', queues: 'ABYV' },
  { number: 2, kind: 'comprehensive', queues: 'ABCYV' },
  { number: 3, kind: 'comprehensive', queues: 'CDYV' },
  { number: 4, kind: 'comprehensive', queues: 'ABCD' },
  { number: 5, kind: 'consult', queues: 'E' },
  { number: 6, kind: 'pickup', queues: 'F' },
];

/** Seeds a living demo hall once (hall, staff, queues, windows, the sample catalog); a hall that is already set up is left as it is. */
export async function seedDemoHall({ store, now }: HallDeps): Promise<boolean> {
  if (getHallInfo(store.db)) return false;
  // Each account gets its own salt, even with the same demo PIN.
  const pinHashes = await Promise.all(DEMO_STAFF.map(() => hashPin(DEMO_PIN)));
  const at = now();
  store.db.transaction((tx) => {
    // A demo is tried at any hour, so its kiosks issue all day; a real hall sets its ticket hours.
    insertHallInfo(
      tx,
      { name: '云溪县政务服务中心', areaCode: '110105', phone: '0571-12345678', opensAt: '00:00', closesAt: '24:00', agencyName: '云溪县行政审批服务局', shortName: '云溪' },
      at,
    );
    setTerminalNumber(tx, store.deviceId, DEMO_TERMINAL);
    insertBlacklistEntry(tx, DEMO_BLACKLISTED.creditCode, DEMO_BLACKLISTED.reason, at);
    DEMO_STAFF.forEach((member, i) => insertStaff(tx, { ...member, pinHash: pinHashes[i]! }, at));
    const queueIds = new Map<string, string>();
    DEMO_QUEUES.forEach((q, i) => queueIds.set(q.prefix, insertQueue(tx, { ...q, sortOrder: i + 1 }, at)));
    for (const w of DEMO_WINDOWS) {
      const ids = [...w.queues].map((p) => queueIds.get(p)).filter((id): id is string => id !== undefined);
      insertWindow(tx, { number: w.number, name: `${w.number}号窗口`, kind: w.kind, queueIds: ids }, at);
    }
    insertCatalogVersion(tx, DEMO_CATALOG, 'seed');
    for (const year of DEMO_CALENDARS) saveCalendarYear(tx, year, at);
    seedAppointments(tx, queueIds, at);
  });
  return true;
}

/** Appointments for the seeding day and the next two, so the kiosk's check-in can be tried at once. */
export const DEMO_APPOINTMENTS = [
  { code: '100001', name: '张伟', first17: '11010519800312001', phone: '13812345678', queue: 'C' },
  { code: '100002', name: '李娜', first17: '31010119850720002', phone: '13987654321', queue: 'B' },
  { code: '100003', name: '王芳', first17: '44030519900101003', phone: '13700001111', queue: 'A' },
] as const;

function seedAppointments(tx: HallDb, queueIds: Map<string, string>, at: number): void {
  for (let dayOffset = 0; dayOffset < 3; dayOffset++) {
    const serviceDay = hallDay(at + dayOffset * 86_400_000);
    for (const a of DEMO_APPOINTMENTS) {
      insertAppointment(
        tx,
        {
          // Digits only, so the kiosk's keypad can type them: 100001 today, 101001 tomorrow…
          code: String(Number(a.code) + dayOffset * 1000),
          serviceDay,
          queueId: queueIds.get(a.queue)!,
          name: a.name,
          idNumber: a.first17 + residentIdCheckChar(a.first17),
          phone: a.phone,
        },
        at,
      );
    }
  }
}
