import { HallError } from '../../../../shared/api/errors';
import { MANAGERS } from '../../../../shared/api/roles';
import type { StaffSession, staffFeature } from '../../../../shared/features/staff/contract';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { findWindow, isAtWindow, setWindowState } from '../../../../db/hall/repositories/hall';
import {
  deleteStaffPhoto,
  endSession,
  endWindowSessions,
  findOpenSession,
  findStaff,
  findStaffByJobNumber,
  findStaffEntry,
  findStaffPhoto,
  insertSession,
  insertStaff,
  listStaff,
  saveStaffPhoto,
} from '../../../../db/hall/repositories/staff';
import type { ActiveSession, CallContext } from '../../api/context';
import { actorOf } from '../../api/context';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';
import { DECOY_PIN_HASH, hashPin, hashToken, newToken, verifyPin } from '../../secrets';
import { decodePhoto } from './photo';

const MAX_FAILURES = 5;
const LOCKOUT_MS = 5 * 60_000;

export interface StaffService {
  handlers: FeatureHandlers<typeof staffFeature>;
  resolveSession(token: string): ActiveSession | null;
}

export function createStaffService(deps: HallDeps): StaffService {
  const { store, now, events } = deps;
  const failures = new Map<string, { count: number; until: number }>();

  function checkLockout(jobNumber: string): void {
    const entry = failures.get(jobNumber);
    if (entry && entry.count >= MAX_FAILURES && entry.until > now()) {
      throw new HallError('staff/locked', 'Too many wrong PINs; try again in a few minutes');
    }
  }

  function noteFailure(jobNumber: string): void {
    const entry = failures.get(jobNumber) ?? { count: 0, until: 0 };
    entry.count = entry.until > now() ? entry.count + 1 : 1;
    entry.until = now() + LOCKOUT_MS;
    failures.set(jobNumber, entry);
  }

  function sessionView(session: ActiveSession): StaffSession {
    const window = session.windowId ? findWindow(store.db, session.windowId) : undefined;
    return {
      staff: session.staff,
      window: window ? { id: window.id, number: window.number, name: window.name } : null,
      signedInAt: session.signedInAt,
    };
  }

  function currentSession(ctx: CallContext): ActiveSession {
    if (!ctx.session) throw new HallError('api/not-signed-in', 'Sign in first');
    return ctx.session;
  }

  const handlers: FeatureHandlers<typeof staffFeature> = {
    signIn: async (input, ctx) => {
      checkLockout(input.jobNumber);
      const member = findStaffByJobNumber(store.db, input.jobNumber);
      const ok = await verifyPin(input.pin, member?.pinHash ?? (await DECOY_PIN_HASH));
      if (!member || !ok || !member.active) {
        noteFailure(input.jobNumber);
        throw new HallError('staff/bad-credentials', 'Wrong job number or PIN');
      }
      failures.delete(input.jobNumber);
      const { pinHash: _secret, ...staffMember } = member;
      if (input.windowId === null && (member.role === 'clerk' || member.role === 'pickup')) {
        throw new HallError('staff/window-required', 'Choose the window you work at');
      }
      if (input.windowId !== null && !findWindow(store.db, input.windowId)) {
        throw new HallError('staff/window-not-found', 'No such window');
      }
      const token = newToken();
      const at = now();
      const session: ActiveSession = { tokenHash: hashToken(token), staff: staffMember, windowId: input.windowId, signedInAt: at };
      const deviceId = ctx.device.id ?? store.deviceId;
      store.db.transaction((tx) => {
        if (input.windowId !== null) {
          endWindowSessions(tx, input.windowId, at);
          setWindowState(tx, input.windowId, 'idle', member.id);
        }
        insertSession(tx, session.tokenHash, { staffId: member.id, windowId: input.windowId, deviceId, createdAt: at });
        recordActivity(tx, { deviceId, staffId: member.id, windowId: input.windowId }, at, 'staff.signIn', member.id);
      });
      if (input.windowId !== null) events.emit('hall.changed', { what: 'windows' });
      return { token, ...sessionView(session) };
    },

    signOut: (_input, ctx) => {
      const session = currentSession(ctx);
      const at = now();
      store.db.transaction((tx) => {
        endSession(tx, session.tokenHash, at);
        if (session.windowId) setWindowState(tx, session.windowId, 'closed', null);
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'staff.signOut', session.staff.id);
      });
      if (session.windowId) events.emit('hall.changed', { what: 'windows' });
      return { ok: true as const };
    },

    me: (_input, ctx) => sessionView(currentSession(ctx)),

    list: () => listStaff(store.db),

    create: async (input, ctx) => {
      const pinHash = await hashPin(input.pin);
      return store.db.transaction((tx) => {
        if (findStaffByJobNumber(tx, input.jobNumber)) {
          throw new HallError('staff/duplicate-job-number', 'That job number is already taken', { jobNumber: '工号已存在' });
        }
        const at = now();
        const member = insertStaff(tx, { jobNumber: input.jobNumber, name: input.name, role: input.role, pinHash }, at);
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'staff.create', member.id);
        return member;
      });
    },

    // The photo is checked before anything is written; the activity row says what changed, never the photo.
    setPhoto: ({ staffId, photo: dataUrl }, ctx) => {
      const photo = dataUrl === null ? null : decodePhoto(dataUrl);
      const at = now();
      const { entry, changed } = store.db.transaction((tx) => {
        if (!findStaff(tx, staffId)) throw new HallError('staff/not-found', 'No such staff member');
        const actor = actorOf(ctx, store.deviceId);
        let changed = true;
        if (photo) {
          saveStaffPhoto(tx, staffId, photo.jpeg, photo.version, at);
          recordActivity(tx, actor, at, 'staff.setPhoto', staffId, { width: photo.width, height: photo.height, bytes: photo.jpeg.length });
        } else {
          changed = deleteStaffPhoto(tx, staffId);
          if (changed) recordActivity(tx, actor, at, 'staff.removePhoto', staffId);
        }
        return { entry: findStaffEntry(tx, staffId)!, changed };
      });
      // Pads show the photo of their window's clerk, and refetch it when the version in `hall.windows` changes.
      if (changed) events.emit('hall.changed', { what: 'windows' });
      return entry;
    },

    // Pads and boards see only the photos of clerks at a window, which the pads show anyway; managers see any.
    photo: ({ staffId }, ctx) => {
      const manager = ctx.session !== null && MANAGERS.includes(ctx.session.staff.role);
      if (!manager && !isAtWindow(store.db, staffId)) return null;
      return findStaffPhoto(store.db, staffId) ?? null;
    },
  };

  return {
    handlers,
    resolveSession(token) {
      const tokenHash = hashToken(token);
      const row = findOpenSession(store.db, tokenHash);
      if (!row) return null;
      const member = findStaff(store.db, row.staffId);
      if (!member?.active) return null;
      return { tokenHash, staff: member, windowId: row.windowId, signedInAt: row.createdAt };
    },
  };
}
