import type { HallDb } from '../open';
import { activity } from '../schema';
import { newId } from '../../ids';

/** Who acted: always a device, and the clerk and window when the action came from a signed-in window. */
export interface Actor {
  deviceId: string;
  staffId: string | null;
  windowId: string | null;
}

export function recordActivity(
  db: HallDb,
  actor: Actor,
  at: number,
  kind: string,
  subjectId: string | null,
  detail?: Record<string, unknown>,
): void {
  db.insert(activity)
    .values({ id: newId(), at, kind, subjectId, detail: detail ?? null, ...actor })
    .run();
}
