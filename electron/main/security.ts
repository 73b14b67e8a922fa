/** The renderer is served from this origin inside Electron; nothing else may talk to the main process. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hall';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** IPC is answered only for frames showing our own pages. */
export const isTrustedSender = isAppUrl;

/** In-app navigation between role pages is fine; leaving the app is not. */
export const isAllowedNavigation = isAppUrl;
