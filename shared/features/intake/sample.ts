import type { Catalog } from '../catalog/contract';
import { materialChecklist } from './checklist';
import type { Decision, IntakeSubmission, MaterialMark } from './contract';

/**
 * A complete, valid intake for tests, demos and the bench: an organisation applies for matters of one stage
 * and hands in every material as its checklist asks. Callers change what their case needs.
 */
export function sampleSubmission(
  catalog: Catalog,
  options: { stageCode?: string; matterCodes?: string[]; decision?: Decision; ticketId?: string | null } = {},
): IntakeSubmission & { materials: MaterialMark[] } {
  const stage = catalog.stages.find((s) => s.code === (options.stageCode ?? 'S3'));
  if (!stage) throw new Error(`no stage ${options.stageCode}`);
  const matters = options.matterCodes ? stage.matters.filter((m) => options.matterCodes!.includes(m.code)) : stage.matters.slice(0, 1);
  return {
    ticketId: options.ticketId ?? null,
    applicant: {
      kind: 'organisation',
      name: '云溪建设工程有限公司',
      creditCode: '91350100M000100Y43',
      contactName: '李娜',
      phone: '13812345678',
      agent: null,
    },
    project: { name: '云溪县第一中学教学楼扩建工程', code: '2026-331002-47-03-012345', location: '云溪县城南路88号', scale: '总建筑面积12000平方米' },
    stageId: stage.id,
    matterIds: matters.map((m) => m.id),
    materials: materialChecklist(matters).map((line) => ({
      name: line.name,
      status: 'received',
      form: line.form === 'copy' ? 'copy' : 'original',
      copies: line.copies,
      note: '',
    })),
    decision: options.decision ?? { kind: 'accept' },
    delivery: { method: 'inPerson' },
  };
}
