import type { StateCreator } from 'zustand';
import type { BoardState, QueueInfo, Ticket } from '../../../shared/features/queue/contract';
import { api } from '../api/hall';
import type { AppState } from './index';

export interface QueueSlice {
  queues: QueueInfo[];
  board: BoardState | null;
  waiting: Ticket[];
  current: Ticket | null;
  refreshQueues(): Promise<void>;
  refreshBoard(): Promise<void>;
  /** The signed-in window's waiting list and current ticket. */
  refreshWindowQueue(): Promise<void>;
  callNext(): Promise<Ticket>;
}

export const createQueueSlice: StateCreator<AppState, [], [], QueueSlice> = (set, get) => ({
  queues: [],
  board: null,
  waiting: [],
  current: null,
  refreshQueues: async () => set({ queues: await api.queue.queues({}) }),
  refreshBoard: async () => set({ board: await api.queue.board({}) }),
  refreshWindowQueue: async () => {
    const [waiting, current] = await Promise.all([api.queue.waiting({}), api.queue.current({})]);
    set({ waiting, current });
  },
  callNext: async () => {
    const ticket = await api.queue.callNext({});
    set({ current: ticket });
    await get().refreshWindowQueue();
    return ticket;
  },
});
