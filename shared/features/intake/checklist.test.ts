import { describe, expect, it } from 'vitest';
import type { Matter } from '../catalog/contract';
import { materialChecklist } from './checklist';

const material = (name: string, over: Partial<Matter['materials'][number]> = {}): Matter['materials'][number] => ({
  id: name,
  name,
  form: 'copy',
  copies: 1,
  required: true,
  deficiencyAllowed: false,
  standard: '',
  ...over,
});
const matter = (id: string, materials: Matter['materials']): Matter => ({
  id,
  code: id,
  name: id,
  department: '住建',
  legalLimitDays: 10,
  promisedLimitDays: 5,
  onTheSpot: false,
  legalBasis: '',
  materials,
});

describe('the checklist of a stage-level intake', () => {
  it('is the union of the matters’ lists, one line per material name, in first-seen order', () => {
    const lines = materialChecklist([matter('a', [material('申请表'), material('规划许可证')]), matter('b', [material('规划许可证'), material('消防设计文件')])]);
    expect(lines.map((l) => l.name)).toEqual(['申请表', '规划许可证', '消防设计文件']);
    expect(lines.find((l) => l.name === '规划许可证')!.matterIds).toEqual(['a', 'b']);
  });

  it('takes the strictest form, the most copies, required if any matter requires it', () => {
    const [line] = materialChecklist([
      matter('a', [material('图纸', { form: 'either', copies: 1, required: false, standard: '盖章' })]),
      matter('b', [material('图纸', { form: 'original', copies: 3, required: true, standard: '签字' })]),
      matter('c', [material('图纸', { form: 'copy', copies: 2, required: false, standard: '盖章' })]),
    ]);
    expect(line).toMatchObject({ form: 'original', copies: 3, required: true, standard: '盖章；签字' });
  });

  it('allows 容缺 only when every matter listing the material allows it', () => {
    const allows = (flags: boolean[]) =>
      materialChecklist(flags.map((f, i) => matter(`m${i}`, [material('施工图', { deficiencyAllowed: f })])))[0]!.deficiencyAllowed;
    expect(allows([true, true])).toBe(true);
    expect(allows([true, false])).toBe(false);
    expect(allows([false, true])).toBe(false);
  });
});
