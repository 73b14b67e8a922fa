import { Button, Checkbox, Input, Radio, Select, Typography } from 'antd';
import { DECISIONS, REFUSAL_REASONS, type DecisionKind } from '../../../../shared/features/intake/contract';
import type { DecisionDraft, Draft } from './draft';
import { Field, fieldId, TextField, useFieldMessages } from './fields';
import { DECISION_KEYS, FORM_KEYS, keyLabel } from './keys';
import { intakeText as t } from './text';

interface Props {
  decision: DecisionDraft;
  delivery: Draft['delivery'];
  /** The latest catch-up day the rules allow for the materials marked 容缺; null while none is. */
  catchUpLimit: string | null;
  /** 容缺受理 is not open to an applicant on the credit blacklist. */
  blacklisted: boolean;
  busy: boolean;
  summary: string | null;
  onDecision: (kind: DecisionKind) => void;
  onChange: (field: keyof DecisionDraft, patch: Partial<DecisionDraft>) => void;
  onDelivery: (patch: Partial<Draft['delivery']>) => void;
  onSubmit: () => void;
  onBack: () => void;
}

/** Always in view at the bottom: the decision, what it needs, how the result is delivered, and submit. */
export function DecisionBar(props: Props) {
  const { decision, delivery, busy, summary, onDelivery, onSubmit, onBack } = props;
  return (
    <div className="intake-decision" role="region" aria-label={t.decision}>
      <div className="intake-decision-row">
        <Field path="decision.kind" label={t.decision}>
          <Radio.Group
            id={fieldId('decision.kind')}
            name="decision.kind"
            optionType="button"
            buttonStyle="solid"
            value={decision.kind}
            onChange={(e) => props.onDecision(e.target.value as DecisionKind)}
            options={DECISIONS.map((kind) => ({
              value: kind,
              disabled: kind === 'deficiency' && props.blacklisted,
              label: (
                <>
                  {t.decisions[kind]}
                  <kbd>{DECISION_KEYS[kind]}</kbd>
                </>
              ),
            }))}
          />
        </Field>
        <Field path="delivery.method" label={t.delivery}>
          <Radio.Group
            id={fieldId('delivery.method')}
            name="delivery.method"
            value={delivery.method}
            onChange={(e) => onDelivery({ method: e.target.value as Draft['delivery']['method'] })}
            options={(['inPerson', 'ems'] as const).map((method) => ({ value: method, label: t.deliveries[method] }))}
          />
        </Field>
        {delivery.method === 'ems' && (
          <TextField path="delivery.address" label={t.address} className="intake-wide" value={delivery.address} maxLength={200} onChange={(address) => onDelivery({ address })} />
        )}
        <div className="intake-submit">
          <Button onClick={onBack}>
            {t.back} <kbd>{keyLabel(FORM_KEYS.back)}</kbd>
          </Button>
          <Button type="primary" loading={busy} onClick={onSubmit}>
            {t.submit} <kbd>{FORM_KEYS.submit}</kbd>
          </Button>
        </div>
      </div>
      <div className="intake-decision-row">
        <DecisionDetails {...props} />
        {summary && (
          <Typography.Text type="danger" className="intake-summary" data-testid="intake-summary">
            {summary}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}

/** What the chosen decision needs: a catch-up day and the signed commitment, or the grounds of a refusal. */
function DecisionDetails({ decision: d, catchUpLimit, onChange }: Props) {
  const { touch } = useFieldMessages();
  if (d.kind === 'deficiency') {
    return (
      <>
        <Field path="decision.catchUpBy" label={t.catchUpBy}>
          <Input
            id={fieldId('decision.catchUpBy')}
            type="date"
            max={catchUpLimit ?? undefined}
            value={d.catchUpBy ?? catchUpLimit ?? ''}
            onChange={(e) => onChange('catchUpBy', { catchUpBy: e.target.value })}
            onBlur={() => touch('decision.catchUpBy')}
            suffix={catchUpLimit && <Typography.Text type="secondary">{t.catchUpMax(catchUpLimit)}</Typography.Text>}
          />
        </Field>
        <Field path="decision.commitmentSigned" label={null}>
          <Checkbox
            id={fieldId('decision.commitmentSigned')}
            checked={d.commitmentSigned}
            onChange={(e) => onChange('commitmentSigned', { commitmentSigned: e.target.checked })}
          >
            {t.commitmentSigned}
          </Checkbox>
        </Field>
      </>
    );
  }
  if (d.kind !== 'refuse') return null;
  return (
    <>
      <Field path="decision.reason" label={t.reason}>
        <Select
          id={fieldId('decision.reason')}
          value={d.reason}
          onChange={(reason) => onChange('reason', { reason })}
          options={REFUSAL_REASONS.map((reason) => ({ value: reason, label: t.reasons[reason] }))}
          style={{ width: 260 }}
        />
      </Field>
      <TextField path="decision.detail" label={t.detail} className="intake-wide" value={d.detail} maxLength={500} onChange={(detail) => onChange('detail', { detail })} />
      <TextField
        path="decision.competentAgency"
        label={t.competentAgency}
        value={d.competentAgency}
        maxLength={100}
        onChange={(competentAgency) => onChange('competentAgency', { competentAgency })}
      />
    </>
  );
}
