import { createClient, type Client } from '../../../shared/api/client';
import { hallContract, type HallContract } from '../../../shared/api/contract';
import { createIpcTransport, type HallBridge } from './ipc-transport';
import { createLanTransport } from './lan-transport';

declare global {
  interface Window {
    hallBridge?: HallBridge;
  }
}

export const DEVICE_TOKEN_KEY = 'onewindow.deviceToken';

export function readDeviceToken(): string | null {
  return localStorage.getItem(DEVICE_TOKEN_KEY);
}

/**
 * The page's one client. Inside Electron the preload bridge is there and calls go over IPC; in a browser
 * (the host's own screens or a paired LAN device) they go over HTTP and WebSocket. Screens never know which.
 */
export function createHallClient(): Client<HallContract> {
  const transport = window.hallBridge
    ? createIpcTransport(window.hallBridge)
    : createLanTransport({ baseUrl: window.location.origin, deviceToken: readDeviceToken });
  return createClient(hallContract, transport);
}

export const hall = createHallClient();
export const api = hall.api;
