import type { FieldProblems } from './decision';
import type { CaseStatus, Decision, MaterialStatus } from './contract';

interface HeldMaterial {
  name: string;
  status: MaterialStatus;
  required: boolean;
}

/** Materials that 补正 can still bring in: whatever was not received at intake (or since). */
export function outstanding<M extends HeldMaterial>(materials: readonly M[]): M[] {
  return materials.filter((m) => m.status !== 'received');
}

/** A case is complete when every required material has been received. */
export function isComplete(materials: readonly HeldMaterial[]): boolean {
  return materials.every((m) => !m.required || m.status === 'received');
}

export function supplementProblems(
  status: CaseStatus,
  materials: readonly HeldMaterial[],
  supplied: readonly { name: string }[],
): FieldProblems {
  if (status !== 'pendingMaterials' && status !== 'notAccepted') {
    return { caseId: status === 'terminated' ? '容缺补齐期限已过，办件已终止，请重新申报' : '该办件无需补正' };
  }
  const open = new Set(outstanding(materials).map((m) => m.name));
  const problems: FieldProblems = {};
  supplied.forEach((s, i) => {
    if (!open.has(s.name)) problems[`materials.${i}.name`] = `“${s.name}”不是待补正的材料`;
  });
  if (new Set(supplied.map((s) => s.name)).size !== supplied.length) problems['materials'] = '同一材料请只列一次';
  return problems;
}

/**
 * The status a case shows today: a 容缺 case whose catch-up day has passed without the materials is terminated
 * (DOMAIN §2), whether or not anyone has touched it since.
 */
export function effectiveStatus(status: CaseStatus, decision: Decision, today: string): CaseStatus {
  if (status === 'pendingMaterials' && decision.kind === 'deficiency' && today > decision.catchUpBy) return 'terminated';
  return status;
}
