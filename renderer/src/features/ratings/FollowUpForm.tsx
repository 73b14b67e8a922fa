import { Checkbox, Descriptions, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { VERDICTS, type FollowUp } from '../../../../shared/features/rating/contract';
import { api } from '../../api/hall';
import { showFormError } from '../../app/errors';
import { when } from './csv';
import { VERDICT_LABELS } from './labels';
import { LevelTag, ReasonsAndText } from './RatingParts';
import { ratingsText as t } from './text';

type Values = Pick<FollowUp, 'measure' | 'feedback' | 'followUpResult' | 'appeal'> & { verdict: NonNullable<FollowUp['verdict']>; close: boolean };

/** The contract's limit on each note. */
const NOTE_MAX = 500;

/**
 * 回访 and 整改 of one bad rating: the verdict, the measure, the feedback, the result of the follow-up call and
 * any appeal; closing it once rectified. A closed item is shown, not edited.
 */
export function FollowUpForm({ item, onClose, onSaved }: { item: FollowUp; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const closed = item.closedAt !== null;
  const { rating } = item;

  const save = async (values: Values) => {
    setError(null);
    try {
      await api.rating.recordFollowUp({ id: item.id, ...values });
      onSaved();
    } catch (e) {
      setError(showFormError(form, e));
    }
  };

  const note = (name: keyof Values, label: string, required = false) => (
    <Form.Item name={name} label={label} rules={[{ required, whitespace: true, message: `请填写${label}` }]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={NOTE_MAX} showCount />
    </Form.Item>
  );

  return (
    <Modal
      open
      width={760}
      title={t.formTitle}
      okText={t.save}
      cancelText={t.cancel}
      okButtonProps={{ hidden: closed }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Descriptions size="small" column={2} bordered styles={{ label: { width: 110 } }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t.at}>{when(rating.ratedAt)}</Descriptions.Item>
        <Descriptions.Item label={t.level}>
          <LevelTag rating={rating} />
        </Descriptions.Item>
        <Descriptions.Item label={t.window}>{rating.windowName}</Descriptions.Item>
        <Descriptions.Item label={t.clerk}>{`${rating.clerk.name}（${rating.clerk.jobNumber}）`}</Descriptions.Item>
        <Descriptions.Item label={t.caseNumber}>{rating.caseNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t.matters}>{rating.matterNames.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t.followUpDue}>{item.followUpDue}</Descriptions.Item>
        <Descriptions.Item label={t.rectifyDue}>{item.rectifyDue}</Descriptions.Item>
        <Descriptions.Item label={t.rater} span={2}>{`${rating.raterMasked ?? '—'}（${rating.realName ? t.realName : t.anonymous}）`}</Descriptions.Item>
        <Descriptions.Item label={t.reasonsAndText} span={2}>
          <ReasonsAndText rating={rating} />
        </Descriptions.Item>
      </Descriptions>
      <Form<Values>
        form={form}
        name="followUp"
        layout="vertical"
        disabled={closed}
        initialValues={{ verdict: item.verdict ?? undefined, measure: item.measure, feedback: item.feedback, followUpResult: item.followUpResult, appeal: item.appeal, close: false }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="verdict" label={t.verdict} rules={[{ required: true, message: `请选择${t.verdict}` }]}>
          <Radio.Group optionType="button" options={VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v] }))} />
        </Form.Item>
        {note('followUpResult', t.followUpResult, true)}
        {note('measure', t.measure)}
        {note('feedback', t.feedback)}
        <Form.Item noStyle dependencies={['verdict']}>
          {({ getFieldValue }) => note('appeal', t.appeal, getFieldValue('verdict') === 'appealed')}
        </Form.Item>
        {!closed && (
          <Form.Item name="close" valuePropName="checked">
            <Checkbox>{t.close}</Checkbox>
          </Form.Item>
        )}
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Form>
    </Modal>
  );
}
