import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../../shared/features/intake/contract';
import { api } from '../../api/hall';
import { useHallEvent } from '../../app/hooks';

/**
 * One case, kept current: loaded on mount and whenever the host says it changed. A change made here shows its
 * answer at once; whichever answer was asked for last wins, so a slow load never undoes a change.
 */
export function useCase(caseId: string) {
  const [state, setState] = useState<{ detail?: CaseDetail; error?: unknown }>({});
  const latest = useRef(0);

  const load = useCallback(async () => {
    const asked = ++latest.current;
    try {
      const detail = await api.intake.get({ caseId });
      if (asked === latest.current) setState({ detail });
    } catch (error) {
      if (asked === latest.current) setState((s) => ({ ...s, error }));
    }
  }, [caseId]);

  useEffect(() => {
    void load();
  }, [load]);
  // A change this screen made itself arrives as an event too: its answer is already shown (and each load is
  // logged as a view of the case), so only a newer version is fetched.
  const shown = useRef<number | null>(null);
  shown.current = state.detail?.id === caseId ? state.detail.updatedAt : null;
  useHallEvent('intake.caseChanged', ({ caseId: changed, updatedAt }) => changed === caseId && updatedAt !== shown.current && load());

  const apply = useCallback((detail: CaseDetail) => {
    latest.current++;
    setState({ detail });
  }, []);

  // Until the new case arrives, the one shown before is not this one.
  const detail = state.detail?.id === caseId ? state.detail : undefined;
  return { detail, error: state.error, apply };
}
