import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface ConnectionSlice {
  hostReachable: boolean;
  setHostReachable(value: boolean): void;
}

export const createConnectionSlice: StateCreator<AppState, [], [], ConnectionSlice> = (set) => ({
  hostReachable: false,
  setHostReachable: (hostReachable) => set({ hostReachable }),
});
