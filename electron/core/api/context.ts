import type { DeviceRole } from '../../../shared/api/roles';
import type { StaffMember } from '../../../shared/features/staff/contract';
import type { Actor } from '../../../db/hall/repositories/activity';

/** The device a call comes from: the host's own screens, a paired LAN device, or an unpaired one (role null). */
export interface CallerDevice {
  role: DeviceRole | null;
  id: string | null;
  name: string;
}

export interface ActiveSession {
  tokenHash: string;
  staff: StaffMember;
  windowId: string | null;
  signedInAt: number;
}

export interface CallContext {
  device: CallerDevice;
  session: ActiveSession | null;
}

/** The context of a method that declares `staff`: the dispatcher has checked the session is there. */
export interface StaffContext extends CallContext {
  session: ActiveSession;
}

export function actorOf(ctx: CallContext, hostDeviceId: string): Actor {
  return {
    deviceId: ctx.device.id ?? hostDeviceId,
    staffId: ctx.session?.staff.id ?? null,
    windowId: ctx.session?.windowId ?? null,
  };
}

/** For handlers of methods that declare `staff`: the dispatcher has already refused calls without a session. */
export function signedIn(ctx: CallContext): StaffContext {
  if (!ctx.session) throw new Error('a staff method was called without a session');
  return ctx as StaffContext;
}
