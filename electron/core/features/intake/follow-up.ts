import { HallError } from '../../../../shared/api/errors';
import { hallDay } from '../../../../shared/domain/clock';
import { INTAKE_ERRORS, type CaseDetail, type SuspensionType } from '../../../../shared/features/intake/contract';
import { effectiveStatus, isComplete, supplementProblems } from '../../../../shared/features/intake/supplement';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import {
  decisionOf,
  endSuspension,
  insertDocument,
  insertSuspension,
  listCaseMaterials,
  listSuspensions,
  updateCase,
  updateCaseMaterial,
} from '../../../../db/hall/repositories/cases';
import { actorOf, type StaffContext } from '../../api/context';
import type { HallDeps } from '../../deps';
import type { CaseViews } from './case-view';
import { noticeNumbering } from './submit';

const rules = (fields: Record<string, string>) => new HallError(INTAKE_ERRORS.rules, 'The change does not meet the case rules', fields);

/** What happens to a case after intake at the hall: 补正, and suspensions of its clock. */
export function createFollowUp(deps: HallDeps, views: CaseViews) {
  const { store, now, events } = deps;
  const db = store.db;

  function changed(caseId: string): CaseDetail {
    const detail = views.detail(caseId);
    events.emit('intake.caseChanged', { caseId, number: detail.number, updatedAt: detail.updatedAt });
    return detail;
  }

  return {
    /**
     * 补正: materials handed in later. When the last required one arrives the case is accepted, and the
     * acceptance day becomes today, the day the materials became complete (DOMAIN §2); an acceptance notice
     * is issued.
     */
    supplement(input: { caseId: string; materials: Array<{ name: string; form: 'original' | 'copy'; copies: number }> }, ctx: StaffContext): CaseDetail {
      const row = views.mustFind(input.caseId);
      const at = now();
      const day = hallDay(at);
      const materials = listCaseMaterials(db, row.id);
      const problems = supplementProblems(effectiveStatus(row.status, decisionOf(row), day), materials, input.materials);
      if (Object.keys(problems).length > 0) throw rules(problems);
      const byName = new Map(materials.map((m) => [m.name, m]));
      const after = materials.map((m) => (input.materials.some((s) => s.name === m.name) ? { ...m, status: 'received' as const } : m));
      const complete = isComplete(after);
      const numbering = complete ? noticeNumbering(db, store.deviceId, day) : null;
      db.transaction((tx) => {
        for (const s of input.materials) {
          updateCaseMaterial(tx, byName.get(s.name)!.id, { status: 'received', form: s.form, copies: s.copies, suppliedAt: at });
        }
        const actor = actorOf(ctx, store.deviceId);
        recordActivity(tx, actor, at, 'intake.supplement', row.id, { materials: input.materials.map((s) => s.name) });
        if (!complete) return updateCase(tx, row.id, { updatedAt: at });
        updateCase(tx, row.id, { status: 'accepted', acceptedDay: day, updatedAt: at });
        const document = insertDocument(tx, row.id, 'accept', numbering!, at);
        recordActivity(tx, actor, at, 'intake.complete', row.id, { acceptedDay: day, documentNumber: document.number });
      });
      return changed(row.id);
    },

    suspend(input: { caseId: string; type: SuspensionType; reason: string; approver: string; startDay: string }, ctx: StaffContext): CaseDetail {
      const row = views.mustFind(input.caseId);
      const at = now();
      const status = effectiveStatus(row.status, decisionOf(row), hallDay(at));
      if ((status !== 'accepted' && status !== 'pendingMaterials') || !row.acceptedDay) throw rules({ caseId: '只有已受理、正在计时的办件可以挂起' });
      if (input.startDay < row.acceptedDay) throw rules({ startDay: `挂起开始日不能早于受理日（${row.acceptedDay}）` });
      if (input.startDay > hallDay(at)) throw rules({ startDay: '挂起开始日不能晚于今天' });
      if (listSuspensions(db, [row.id]).some((s) => s.endDay === null)) throw rules({ caseId: '该办件已有未结束的挂起' });
      db.transaction((tx) => {
        const id = insertSuspension(tx, row.id, { type: input.type, reason: input.reason, approver: input.approver, startDay: input.startDay }, at);
        updateCase(tx, row.id, { updatedAt: at });
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'intake.suspend', row.id, { suspensionId: id, type: input.type, startDay: input.startDay });
      });
      return changed(row.id);
    },

    resume(input: { caseId: string; suspensionId: string; endDay: string }, ctx: StaffContext): CaseDetail {
      const row = views.mustFind(input.caseId);
      const at = now();
      const suspension = listSuspensions(db, [row.id]).find((s) => s.id === input.suspensionId);
      if (!suspension) throw new HallError(INTAKE_ERRORS.notFound, 'No such suspension on this case', { suspensionId: '找不到该挂起记录' });
      if (suspension.endDay !== null) throw rules({ suspensionId: '该挂起已经结束' });
      if (input.endDay < suspension.startDay) throw rules({ endDay: '挂起结束日不能早于开始日' });
      if (input.endDay > hallDay(at)) throw rules({ endDay: '挂起结束日不能晚于今天' });
      db.transaction((tx) => {
        endSuspension(tx, suspension.id, input.endDay);
        updateCase(tx, row.id, { updatedAt: at });
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'intake.resume', row.id, { suspensionId: suspension.id, endDay: input.endDay });
      });
      return changed(row.id);
    },
  };
}
