import { API_ERRORS, HallError } from '../../../shared/api/errors';
import { useAppStore } from '../store';
import { errorText } from './errors';

/**
 * Runs work nobody waits for (refetches after an event or a reconnect, sign-out). An unreachable host is
 * already on the status bar and the reconnect refetches anyway; any other failure is shown there too, never
 * left as an unhandled rejection.
 */
export function background(task: unknown): void {
  if (task instanceof Promise) task.catch(reportProblem);
}

export function reportProblem(error: unknown): void {
  if (error instanceof HallError && error.code === API_ERRORS.unreachable) return;
  useAppStore.getState().setProblem(errorText(error));
}
