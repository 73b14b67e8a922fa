import type { StateCreator } from 'zustand';
import type { StaffSession } from '../../../shared/features/staff/contract';
import { api, hall } from '../api/hall';
import type { AppState } from './index';

/** Where a page keeps its sign-in: the clerk's window and the admin page sign in separately on one PC. */
export type SessionScope = 'window' | 'admin';

const storageKey = (scope: SessionScope) => `onewindow.session.${scope}`;

export interface SessionSlice {
  session: StaffSession | null;
  sessionScope: SessionScope | null;
  /** Picks up a sign-in kept from before a reload; clears it if the host no longer knows it. */
  restoreSession(scope: SessionScope): Promise<void>;
  signIn(scope: SessionScope, input: { jobNumber: string; pin: string; windowId: string | null }): Promise<void>;
  signOut(): Promise<void>;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => ({
  session: null,
  sessionScope: null,
  restoreSession: async (scope) => {
    const token = localStorage.getItem(storageKey(scope));
    set({ sessionScope: scope });
    if (!token) return;
    hall.setSession(token);
    try {
      const session = await api.staff.me({});
      await get().refreshHall().catch(() => undefined);
      set({ session });
    } catch (error) {
      if ((error as { code?: string }).code !== 'api/unreachable') {
        localStorage.removeItem(storageKey(scope));
        hall.setSession(null);
      }
    }
  },
  signIn: async (scope, input) => {
    const { token, ...session } = await api.staff.signIn(input);
    localStorage.setItem(storageKey(scope), token);
    hall.setSession(token);
    // Signing in opened the window: the screens that follow must see its new state, not the one from before.
    await get().refreshHall().catch(() => undefined);
    set({ session, sessionScope: scope });
  },
  signOut: async () => {
    const scope = get().sessionScope;
    try {
      await api.staff.signOut({});
    } finally {
      if (scope) localStorage.removeItem(storageKey(scope));
      hall.setSession(null);
      set({ session: null });
    }
  },
});
