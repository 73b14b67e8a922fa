import { create } from 'zustand';
import { createConnectionSlice, type ConnectionSlice } from './connection';
import { createHallSlice, type HallSlice } from './hall';
import { createQueueSlice, type QueueSlice } from './queue';
import { createSessionSlice, type SessionSlice } from './session';

/** The one store of a page, made of feature slices. */
export type AppState = ConnectionSlice & SessionSlice & HallSlice & QueueSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createConnectionSlice(...a),
  ...createSessionSlice(...a),
  ...createHallSlice(...a),
  ...createQueueSlice(...a),
}));
