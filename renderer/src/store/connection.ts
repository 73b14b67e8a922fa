import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface ConnectionSlice {
  hostReachable: boolean;
  setHostReachable(value: boolean): void;
  /** The last failure of work done in the background, shown on the status bar until dismissed. */
  problem: string | null;
  setProblem(problem: string | null): void;
}

export const createConnectionSlice: StateCreator<AppState, [], [], ConnectionSlice> = (set) => ({
  hostReachable: false,
  setHostReachable: (hostReachable) => set({ hostReachable }),
  problem: null,
  setProblem: (problem) => set({ problem }),
});
