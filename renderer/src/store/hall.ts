import type { StateCreator } from 'zustand';
import type { HallStatus, HallWindow } from '../../../shared/features/hall/contract';
import { api } from '../api/hall';
import type { AppState } from './index';

export interface HallSlice {
  status: HallStatus | null;
  windows: HallWindow[];
  refreshHall(): Promise<void>;
}

export const createHallSlice: StateCreator<AppState, [], [], HallSlice> = (set) => ({
  status: null,
  windows: [],
  refreshHall: async () => {
    const [status, windows] = await Promise.all([api.hall.status({}), api.hall.windows({})]);
    set({ status, windows });
  },
});
