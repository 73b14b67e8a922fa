import type { Material, Matter } from '../catalog/contract';

/**
 * One line of the checklist an intake works through. A stage-level intake covers several matters whose lists
 * overlap (用地批准手续 appears under more than one), so the lines are the union by material name: the
 * strictest form and the most copies any matter asks for, required if any matter requires it, and 容缺 only
 * if every matter that lists it allows it.
 */
export interface ChecklistLine {
  name: string;
  form: Material['form'];
  copies: number;
  required: boolean;
  deficiencyAllowed: boolean;
  standard: string;
  /** The matters that list it: their promised limits bound a 容缺 catch-up deadline. */
  matterIds: string[];
}

const FORM_STRICTNESS: Record<Material['form'], number> = { either: 0, copy: 1, original: 2 };

export function materialChecklist(matters: readonly Matter[]): ChecklistLine[] {
  const lines = new Map<string, ChecklistLine>();
  for (const matter of matters) {
    for (const material of matter.materials) {
      const line = lines.get(material.name);
      if (!line) {
        lines.set(material.name, {
          name: material.name,
          form: material.form,
          copies: material.copies,
          required: material.required,
          deficiencyAllowed: material.deficiencyAllowed,
          standard: material.standard,
          matterIds: [matter.id],
        });
        continue;
      }
      if (FORM_STRICTNESS[material.form] > FORM_STRICTNESS[line.form]) line.form = material.form;
      line.copies = Math.max(line.copies, material.copies);
      line.required ||= material.required;
      line.deficiencyAllowed &&= material.deficiencyAllowed;
      if (material.standard && !line.standard.includes(material.standard)) {
        line.standard = line.standard ? `${line.standard}；${material.standard}` : material.standard;
      }
      line.matterIds.push(matter.id);
    }
  }
  return [...lines.values()];
}
