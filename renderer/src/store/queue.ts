import type { StateCreator } from 'zustand';
import type { BoardState, QueueInfo, Ticket } from '../../../shared/features/queue/contract';
import { api } from '../api/hall';
import type { AppState } from './index';

/** The window's actions on its current ticket; each answers with the ticket as it now is. */
export type TicketAction = 'callNext' | 'recall' | 'start' | 'finish' | 'noShow';
export type WindowAction = 'open' | 'resume' | 'close';

export interface QueueSlice {
  queues: QueueInfo[];
  board: BoardState | null;
  waiting: Ticket[];
  current: Ticket | null;
  refreshQueues(): Promise<void>;
  refreshBoard(): Promise<void>;
  /** The signed-in window's waiting list and current ticket. */
  refreshWindowQueue(): Promise<void>;
  act(action: TicketAction): Promise<Ticket>;
  callNumber(number: string): Promise<Ticket>;
  transfer(target: { queueId: string } | { windowId: string }): Promise<Ticket>;
  setWindow(action: WindowAction): Promise<void>;
  pause(reason: string): Promise<void>;
}

export const createQueueSlice: StateCreator<AppState, [], [], QueueSlice> = (set, get) => {
  /** After any action the window's list, its ticket and the window's state are refetched. */
  const after = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await Promise.all([get().refreshWindowQueue(), get().refreshHall()]);
    return result;
  };
  return {
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
    act: (action) => after(api.queue[action]({})),
    callNumber: (number) => after(api.queue.callNumber({ number })),
    transfer: (target) => after(api.queue.transfer(target)),
    setWindow: async (action) => {
      await after(api.queue[action]({}));
    },
    pause: async (reason) => {
      await after(api.queue.pause({ reason }));
    },
  };
};
