import { CALENDAR_2026 } from '../domain/calendar-2026';
import { CALENDAR_2027_SAMPLE } from '../domain/calendar-2027';
import type { CatalogDraft } from '../features/catalog/contract';

/** The calendars a demo county publishes: 2026 as published, 2027 a flagged sample until the real list is entered. */
export const DEMO_CALENDARS = [CALENDAR_2026, CALENDAR_2027_SAMPLE];

/**
 * The sample catalog of DOMAIN §9, for demo and test halls only: a real hall gets its catalog from the county.
 * Limits are in working days; material lists are typical, not any county's official list.
 */
type Form = 'original' | 'copy' | 'either';
const m = (name: string, form: Form, copies: number, required = true, deficiencyAllowed = false, standard = '加盖单位公章') => ({
  name,
  form,
  copies,
  required,
  deficiencyAllowed,
  standard,
});

const APPLICATION = (form: string) => m(`${form}申请表`, 'original', 1, true, false, '按规定格式填写完整，法定代表人签字并加盖单位公章');
const LICENCE = m('营业执照或统一社会信用代码证', 'copy', 1, true, false, '核对原件，复印件加盖单位公章');
const AGENT = m('授权委托书及受托人身份证明', 'original', 1, false, false, '委托代办时提交');

export const DEMO_CATALOG: CatalogDraft = {
  version: 1,
  publishedAt: Date.UTC(2026, 0, 1),
  stages: [
    {
      code: 'S1',
      name: '立项用地规划许可',
      matters: [
        {
          code: 'FG-001',
          name: '企业投资项目备案',
          department: '发改',
          legalLimitDays: 1,
          promisedLimitDays: 1,
          onTheSpot: true,
          legalBasis: '《企业投资项目核准和备案管理条例》第十三条',
          materials: [
            m('项目单位基本情况', 'original', 1),
            m('项目名称、建设地点、建设规模和建设内容', 'original', 1),
            m('项目总投资额', 'original', 1),
            m('项目符合产业政策的声明', 'original', 1, true, false, '法定代表人签字并加盖单位公章'),
            AGENT,
          ],
        },
        {
          code: 'ZR-001',
          name: '建设项目用地预审与选址意见书',
          department: '自然资源',
          legalLimitDays: 20,
          promisedLimitDays: 10,
          onTheSpot: false,
          legalBasis: '《土地管理法》第五十二条；《城乡规划法》第三十六条',
          materials: [
            APPLICATION('建设项目用地预审与选址'),
            m('项目建设依据（批准、核准或备案文件）', 'copy', 1),
            m('建设项目用地边界拐点坐标表', 'original', 1, true, false, '2000国家大地坐标系'),
            m('标注项目用地范围的土地利用现状图', 'original', 1, true, true),
            LICENCE,
          ],
        },
        {
          code: 'ZR-002',
          name: '建设用地规划许可证',
          department: '自然资源',
          legalLimitDays: 20,
          promisedLimitDays: 5,
          onTheSpot: false,
          legalBasis: '《城乡规划法》第三十七条、第三十八条',
          materials: [
            APPLICATION('建设用地规划许可'),
            m('建设项目用地预审与选址意见书', 'copy', 1),
            m('国有土地使用权出让合同或划拨决定书', 'copy', 1),
            m('宗地图及界址点坐标', 'original', 1, true, true),
          ],
        },
        {
          code: 'HB-001',
          name: '环境影响评价审批(报告表)',
          department: '生态环境',
          legalLimitDays: 30,
          promisedLimitDays: 10,
          onTheSpot: false,
          legalBasis: '《环境影响评价法》第二十二条',
          materials: [
            APPLICATION('建设项目环境影响报告表审批'),
            m('建设项目环境影响报告表', 'original', 2, true, false, '编制单位和编制人员信息完整，签字盖章'),
            m('公众参与说明', 'original', 1, false, true),
          ],
        },
      ],
    },
    {
      code: 'S2',
      name: '工程建设许可',
      matters: [
        {
          code: 'GH-001',
          name: '建设工程设计方案审查',
          department: '规划',
          legalLimitDays: 20,
          promisedLimitDays: 10,
          onTheSpot: false,
          legalBasis: '《城乡规划法》第四十条',
          materials: [
            APPLICATION('建设工程设计方案审查'),
            m('建设工程设计方案文本及图纸', 'original', 2, true, false, '设计单位出图章、注册师签章'),
            m('建设用地规划许可证', 'copy', 1),
            m('设计方案电子文件', 'original', 1, true, true, '光盘或U盘，DWG格式'),
          ],
        },
        {
          code: 'GH-002',
          name: '建设工程规划许可证',
          department: '规划',
          legalLimitDays: 20,
          promisedLimitDays: 5,
          onTheSpot: false,
          legalBasis: '《城乡规划法》第四十条',
          materials: [
            APPLICATION('建设工程规划许可'),
            m('使用土地的有关证明文件', 'copy', 1),
            m('经审定的建设工程设计方案总平面图', 'original', 1),
            m('建设工程施工图（建筑部分）', 'original', 1, true, true),
            LICENCE,
          ],
        },
      ],
    },
    {
      code: 'S3',
      name: '施工许可',
      matters: [
        {
          code: 'ZJ-001',
          name: '建筑工程施工许可证',
          department: '住建',
          legalLimitDays: 7,
          promisedLimitDays: 3,
          onTheSpot: false,
          legalBasis: '《建筑法》第八条；《建筑工程施工许可管理办法》第四条',
          materials: [
            APPLICATION('建筑工程施工许可'),
            m('用地批准手续', 'copy', 1),
            m('建设工程规划许可证', 'copy', 1),
            m('施工图审查合格文件（或告知承诺书）', 'either', 1, true, true, '审查机构盖章，或建设单位签署的告知承诺书'),
            m('施工合同、监理合同', 'copy', 1),
            m('质量安全措施资料', 'original', 1, true, true),
            m('建设资金落实证明', 'original', 1, true, false, '建设单位出具的资金到位承诺或银行证明'),
            AGENT,
          ],
        },
        {
          code: 'ZJ-002',
          name: '特殊建设工程消防设计审查',
          department: '住建',
          legalLimitDays: 15,
          promisedLimitDays: 10,
          onTheSpot: false,
          legalBasis: '《消防法》第十一条；《建设工程消防设计审查验收管理暂行规定》',
          materials: [
            APPLICATION('消防设计审查'),
            m('消防设计文件', 'original', 1, true, false, '设计单位盖章'),
            m('依法需要办理的规划许可文件', 'copy', 1, true, true),
          ],
        },
        {
          code: 'RF-001',
          name: '人防工程设计审查',
          department: '人防',
          legalLimitDays: 20,
          promisedLimitDays: 10,
          onTheSpot: false,
          legalBasis: '《人民防空法》第二十二条',
          materials: [
            APPLICATION('人防工程设计审查'),
            m('人防工程施工图设计文件', 'original', 2),
            m('建设工程规划许可证', 'copy', 1, true, true),
          ],
        },
      ],
    },
    {
      code: 'S4',
      name: '竣工验收',
      matters: [
        {
          code: 'ZR-003',
          name: '规划条件核实',
          department: '自然资源',
          legalLimitDays: 20,
          promisedLimitDays: 5,
          onTheSpot: false,
          legalBasis: '《城乡规划法》第四十五条',
          materials: [
            APPLICATION('规划条件核实'),
            m('建设工程竣工测量成果报告', 'original', 1, true, false, '测绘单位盖章'),
            m('建设工程规划许可证及附件', 'copy', 1),
          ],
        },
        {
          code: 'ZJ-003',
          name: '特殊建设工程消防验收',
          department: '住建',
          legalLimitDays: 15,
          promisedLimitDays: 10,
          onTheSpot: false,
          legalBasis: '《消防法》第十三条',
          materials: [
            APPLICATION('消防验收'),
            m('工程竣工验收报告', 'original', 1),
            m('涉及消防的建设工程竣工图纸', 'original', 1, true, true),
          ],
        },
        {
          code: 'ZJ-004',
          name: '竣工验收备案',
          department: '住建',
          legalLimitDays: 5,
          promisedLimitDays: 1,
          onTheSpot: false,
          legalBasis: '《建设工程质量管理条例》第四十九条',
          materials: [
            m('竣工验收备案表', 'original', 2),
            m('工程竣工验收报告', 'original', 1),
            m('规划、消防等部门出具的认可文件或准许使用文件', 'copy', 1, true, true),
            m('施工单位签署的工程质量保修书', 'original', 1),
          ],
        },
      ],
    },
  ],
};
