import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { hallDay } from '../../../../shared/domain/clock';
import { SUSPENSION_TYPES, type CaseDetail, type CaseSuspension, type SuspensionType } from '../../../../shared/features/intake/contract';
import { api } from '../../api/hall';
import { CaseDialog } from './CaseDialog';
import { showHostError } from './hostError';
import { casesText as t } from './text';

interface Props {
  detail: CaseDetail;
  onDone: (detail: CaseDetail) => void;
  onCancel: () => void;
}

const DAY = 'YYYY-MM-DD';
const today = () => dayjs(hallDay(Date.now()));
/** The host takes days from the acceptance day (or the suspension's start) up to today. */
const outside = (first: string | null) => (d: Dayjs) => d.isAfter(today(), 'day') || (first !== null && d.isBefore(dayjs(first), 'day'));

const SUSPEND_FIELDS = ['type', 'reason', 'approver', 'startDay'] as const;

interface SuspendValues {
  type: SuspensionType;
  reason: string;
  approver: string;
  startDay: Dayjs;
}

/** 挂起: a special procedure stops the clock; who approved it and why go on the record (DOMAIN §3). */
export function SuspendDialog({ detail, onDone, onCancel }: Props) {
  const [form] = Form.useForm<SuspendValues>();
  const run = async () => {
    const v = await form.validateFields();
    return api.intake.suspend({ caseId: detail.id, type: v.type, reason: v.reason, approver: v.approver, startDay: v.startDay.format(DAY) });
  };
  return (
    <CaseDialog title={t.suspendTitle} run={run} explain={(e) => showHostError(form, e, SUSPEND_FIELDS)} onDone={onDone} onCancel={onCancel}>
      <Form form={form} layout="vertical" initialValues={{ startDay: today() }}>
        <Form.Item name="type" label={t.suspensionType} rules={[{ required: true, message: t.chooseType }]}>
          <Select autoFocus placeholder={t.chooseType} options={SUSPENSION_TYPES.map((type) => ({ value: type, label: t.suspensionTypes[type] }))} />
        </Form.Item>
        <Form.Item name="reason" label={t.reason} rules={[{ required: true, whitespace: true, message: t.enterReason }]}>
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="approver" label={t.approver} rules={[{ required: true, whitespace: true, message: t.enterApprover }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="startDay" label={t.startDay} rules={[{ required: true, message: t.chooseDay }]}>
          <DatePicker allowClear={false} disabledDate={outside(detail.acceptedDay)} />
        </Form.Item>
      </Form>
    </CaseDialog>
  );
}

/** 恢复计时: the suspension ends on its end day; the clock runs again from the next working day. */
export function ResumeDialog({ detail, suspension, onDone, onCancel }: Props & { suspension: CaseSuspension }) {
  const [form] = Form.useForm<{ endDay: Dayjs }>();
  const run = async () => {
    const v = await form.validateFields();
    return api.intake.resume({ caseId: detail.id, suspensionId: suspension.id, endDay: v.endDay.format(DAY) });
  };
  return (
    <CaseDialog title={t.resumeTitle} run={run} explain={(e) => showHostError(form, e, ['endDay'])} onDone={onDone} onCancel={onCancel}>
      <p>{t.resumeHint(t.suspensionTypes[suspension.type], suspension.startDay)}</p>
      <Form form={form} layout="vertical" initialValues={{ endDay: today() }}>
        <Form.Item name="endDay" label={t.endDay} rules={[{ required: true, message: t.chooseDay }]}>
          <DatePicker autoFocus allowClear={false} disabledDate={outside(suspension.startDay)} />
        </Form.Item>
      </Form>
    </CaseDialog>
  );
}
