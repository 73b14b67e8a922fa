import { hallDay, hallTime } from '../../../../shared/domain/clock';
import type { CaseMaterial, DocumentKind } from '../../../../shared/features/intake/contract';

/** `2026-11-25` → `2026年11月25日`, as dates are written on official papers. */
export function chineseDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** An instant in the hall's time zone: `2026年11月22日 14:05`. */
export function chineseDateTime(epochMs: number): string {
  return `${chineseDay(hallDay(epochMs))} ${hallTime(epochMs).slice(0, 5)}`;
}

const LAW = '《中华人民共和国行政许可法》';
const REFUSAL = {
  notCompetent: { finding: '该申请事项依法不属于本机关职权范围', basis: `${LAW}第三十二条第一款第（二）项` },
  noPermitNeeded: { finding: '该申请事项依法不需要取得行政许可', basis: `${LAW}第三十二条第一款第（一）项` },
  other: { finding: '该申请不符合受理条件', basis: `${LAW}第三十二条` },
} as const;

/** What every notice says about an application: who applied when, for what. */
const applied = (day: string, matters: string) => `你（单位）于${day}提出的“${matters}”申请，经审查，`;

export const noticeText = {
  titles: { accept: '受理通知书', deficiency: '容缺受理通知书', oneTime: '一次性告知书', refuse: '不予受理通知书' } satisfies Record<DocumentKind, string>,
  commitmentTitle: '容缺受理承诺书',
  /** 容缺受理通知书 is issued in two copies (DOMAIN §2): the same sheet twice, each marked with its 联 and keeper. */
  copies: [
    { name: '第一联', keeper: '申请人留存' },
    { name: '第二联', keeper: '受理窗口存档' },
  ],
  reprint: '补打',
  scanToQuery: '扫码查询办件',

  opening: {
    accept: (day: string, matters: string) =>
      `${applied(day, matters)}申请材料齐全、符合法定形式。根据${LAW}第三十二条第一款第（五）项的规定，决定予以受理。`,
    deficiency: (day: string, matters: string) =>
      `${applied(day, matters)}主要申请材料齐全、符合法定形式，部分材料暂缺，你（单位）已签署容缺受理承诺书。根据${LAW}第三十二条及容缺受理有关规定，决定予以容缺受理。`,
    oneTime: (day: string, matters: string) =>
      `${applied(day, matters)}申请材料不齐全或者不符合法定形式。根据${LAW}第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容（见“需补正的材料”）。本申请暂不予受理。`,
    refuse: (day: string, matters: string, reason: keyof typeof REFUSAL) =>
      `${applied(day, matters)}${REFUSAL[reason].finding}。根据${REFUSAL[reason].basis}的规定，决定不予受理。`,
  },

  sections: {
    application: '申请信息',
    matters: '申请事项及时限',
    materials: '申请材料',
    deferred: '容缺材料及补齐期限',
    lacking: '需补正的材料',
    refusal: '不予受理理由',
    service: '办理信息',
  },

  applicant: '申请人',
  contact: '联系人',
  phone: '联系电话',
  agent: '委托代理人',
  project: '项目名称',
  projectCode: '投资项目代码',
  stage: '申报阶段',
  caseNumber: '办件编号',
  receivedAt: '收件时间',
  none: '—',

  index: '序号',
  matterColumns: { name: '事项名称', department: '实施部门', basis: '设定依据', legal: '法定时限', promised: '承诺时限' },
  workingDays: (n: number) => `${n}个工作日`,
  onTheSpot: '即办',
  expectedCompletion: '预计办结日期',
  beyondCalendar: '该日期晚于已公布的节假日安排，次年节假日安排公布后可能调整。',
  completionPending: '自材料补齐、受理之日起计算，受理后另行告知',
  completionNotApplicable: '不适用（不予受理）',
  limitsNote: '时限按工作日计算，受理当日不计入；现场踏勘、专家评审、公示、听证等特殊程序时间不计入。',

  materialColumns: { name: '材料名称', form: '原件/复印件', copies: '份数', status: '状态', note: '备注' },
  forms: { original: '原件', copy: '复印件', either: '原件或复印件' } satisfies Record<CaseMaterial['requiredForm'], string>,
  statuses: { received: '已收', missing: '缺少', defective: '不符合要求', deferred: '容缺' } satisfies Record<CaseMaterial['status'], string>,
  optionalMissing: '未提交（非必要）',
  supplied: '已补正',
  requirement: (form: string, copies: number) => `${form}${copies}份`,

  deferredColumns: { name: '容缺材料' },
  requirementColumns: { form: '提交要求', standard: '要求与标准' },
  catchUpBy: (day: string) => `补齐期限：请于${day}前（含当日）到受理窗口补齐上述容缺材料。`,
  deficiencyRules: ['容缺材料补齐前，不出具审批结果（证照）。', '逾期未补齐容缺材料的，本次申请终止办理，由申请人承担相应后果。'],

  lackingColumns: { name: '材料名称', problem: '存在问题' },
  lackingProblem: { missing: '缺少', defective: '不符合要求' } as Record<string, string>,
  oneTimeRules: [
    `本告知书依据${LAW}第三十二条出具，在收到申请材料之日起5日内一次性告知；逾期不告知的，自收到申请材料之日起即为受理。`,
    '请按上表要求一次性补正全部材料后到受理窗口提交，受理日期以材料补齐之日为准。',
    '各事项的设定依据见“申请事项及时限”。',
  ],

  reason: '理由',
  competentAgency: '有权机关',
  competentAgencyValue: (agency: string) => `${agency}（请向该机关提出申请）`,
  rights:
    '如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。',

  clerk: '受理人员',
  clerkValue: (name: string, jobNumber: string) => `${name}（工号${jobNumber}）`,
  window: '受理窗口',
  query: '查询方式',
  queryValue: (phone: string, caseNumber: string) => `拨打大厅电话${phone}，或扫描右上角二维码，凭办件编号${caseNumber}查询办理进度`,
  collect: '领取方式',
  collectInPerson: (hall: string) => `窗口领取：办结后凭办件编号及有效身份证件到${hall}出件窗口领取`,
  collectEms: (address: string) => `EMS邮寄：${address}`,
  supervision: '监督电话',
  supervisionValue: (phone: string) => `${phone}（政务服务便民热线）`,

  applicantSignature: '申请人（签字或盖章）：',
  signedAt: '签收时间：　　　　年　　月　　日　　时　　分',
  seal: '（印章）',
  sealPlace: (agency: string) => `${agency}盖章处`,

  commitment: {
    addressee: (agency: string) => `${agency}：`,
    opening: (applicant: string, idLabel: string, id: string, matters: string) =>
      `本人（单位）${applicant}（${idLabel}：${id}）申请办理“${matters}”，所需的下列材料暂缺，现申请容缺受理，并郑重承诺：`,
    promises: (day: string) => [
      `于${day}前（含当日）补齐下列容缺材料，所补材料真实、合法、有效，与已提交材料内容一致；`,
      '知悉容缺材料补齐前，不出具审批结果（证照）；',
      '知悉逾期未补齐容缺材料的，本次申请终止办理，由此产生的后果由本人（单位）承担；',
      '对所提交材料的真实性负责，如有虚假，愿承担相应法律责任，并接受信用惩戒。',
    ],
    reference: (documentNumber: string, caseNumber: string) => `对应文书：${documentNumber}　办件编号：${caseNumber}`,
    signer: '承诺人（签字或盖章）：',
    representative: '法定代表人或委托代理人（签字）：',
    date: '日期：　　　　年　　月　　日',
    receivedBy: (clerk: string) => `受理人员：${clerk}`,
  },
} as const;

export const toolbarText = {
  print: '打印',
  savePdf: '保存PDF',
  back: '返回',
  printKeys: 'Enter / Ctrl+P',
  backKey: 'Esc',
  prints: (n: number) => (n === 0 ? '尚未打印' : `已打印${n}次，再次打印将标注“补打”`),
  browserPdfHint: '保存PDF：在打印对话框的“目标打印机”中选择“另存为 PDF”，再点“保存”。',
  printed: '已发送到打印机。',
  saved: (path: string) => `已保存：${path}`,
  cancelled: '已取消打印。本次已登记，下次打印将标注“补打”。',
  failed: (message: string) => `打印失败：${message}`,
  loadFailed: '文书加载失败',
} as const;
