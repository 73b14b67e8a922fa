import { API_ERRORS, HallError } from '../../../../shared/api/errors';

/** Waits between attempts: quick at first (a dropped packet), then every few seconds (Wi-Fi gone a while). */
const RETRY_MS = [500, 1000, 2000, 5000];

/**
 * Makes the call again until the host answers, for calls the host makes safe to repeat: a pad on the hall's
 * Wi-Fi may lose the answer to a rating the host already stored, and asking again returns that same record.
 * Any answer from the host, success or refusal, ends the attempts.
 */
export async function untilAnswered<T>(call: () => Promise<T>, onRetry: () => void = () => undefined): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof HallError && error.code === API_ERRORS.unreachable)) throw error;
      onRetry();
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]));
    }
  }
}
