import { Alert, Button, Card, Checkbox, Radio, Select } from 'antd';
import { ID_TYPE_LABELS, ID_TYPES } from '../../../../shared/features/intake/applicant';
import type { ApplicantHistory } from '../../../../shared/features/intake/contract';
import type { ApplicantDraft } from './draft';
import { Field, fieldId, TextField, useFieldMessages } from './fields';
import { FORM_KEYS } from './keys';
import { intakeText as t } from './text';

interface Props {
  applicant: ApplicantDraft;
  history: ApplicantHistory | null;
  /** `field` is the path below `applicant`, e.g. `agent.phone`. */
  onChange: (field: string, patch: Partial<ApplicantDraft>) => void;
  onFill: () => void;
}

type TextKey = 'idNumber' | 'creditCode' | 'name' | 'contactName' | 'phone';

export function ApplicantCard({ applicant: a, history, onChange, onFill }: Props) {
  const { touch } = useFieldMessages();
  const person = a.kind === 'person';
  const text = (field: TextKey, label: string, maxLength: number, extra: { placeholder?: string; autoFocus?: boolean } = {}) => (
    <TextField path={`applicant.${field}`} label={label} value={a[field]} maxLength={maxLength} onChange={(v) => onChange(field, { [field]: v })} {...extra} />
  );
  const agentText = (field: keyof ApplicantDraft['agent'], label: string, maxLength: number) => (
    <TextField
      path={`applicant.agent.${field}`}
      label={label}
      value={a.agent[field]}
      maxLength={maxLength}
      onChange={(v) => onChange(`agent.${field}`, { agent: { ...a.agent, [field]: v } })}
    />
  );

  return (
    <Card
      size="small"
      title={t.applicant}
      extra={
        <Radio.Group
          name="applicant.kind"
          size="small"
          optionType="button"
          value={a.kind}
          onChange={(e) => onChange('kind', { kind: e.target.value as ApplicantDraft['kind'] })}
          options={(['person', 'organisation'] as const).map((kind) => ({ value: kind, label: t.kinds[kind] }))}
        />
      }
    >
      <div className="intake-grid">
        {person ? (
          <>
            <Field path="applicant.idType" label={t.idType}>
              <Select
                id={fieldId('applicant.idType')}
                value={a.idType}
                onChange={(idType) => onChange('idType', { idType })}
                onBlur={() => touch('applicant.idType')}
                options={ID_TYPES.map((type) => ({ value: type, label: ID_TYPE_LABELS[type] }))}
              />
            </Field>
            {text('idNumber', t.idNumber, 20, { autoFocus: true })}
          </>
        ) : (
          text('creditCode', t.creditCode, 18, { autoFocus: true })
        )}
        {text('name', person ? t.personName : t.orgName, person ? 30 : 100)}
        {!person && text('contactName', t.contactName, 30)}
        {text('phone', t.phone, 20, { placeholder: t.phonePlaceholder })}
      </div>
      <HistoryNote history={history} onFill={onFill} />
      <Checkbox id={fieldId('applicant.agent')} checked={a.hasAgent} onChange={(e) => onChange('agent', { hasAgent: e.target.checked })}>
        {t.hasAgent}
      </Checkbox>
      {a.hasAgent && (
        <div className="intake-grid intake-agent">
          {agentText('name', t.agentName, 30)}
          {agentText('idNumber', t.agentIdNumber, 18)}
          {agentText('phone', t.agentPhone, 20)}
        </div>
      )}
    </Card>
  );
}

/** What the host knows of the applicant: earlier cases to fill from, and a credit blacklist entry. */
function HistoryNote({ history, onFill }: { history: ApplicantHistory | null; onFill: () => void }) {
  if (!history) return null;
  return (
    <div className="intake-history">
      {history.blacklisted && <Alert type="error" showIcon title={t.blacklisted(history.blacklisted)} data-testid="blacklisted" />}
      {history.latest && (
        <div>
          {t.history(history.cases)}
          <Button size="small" onClick={onFill}>
            {t.fillFromHistory} <kbd>{FORM_KEYS.fill}</kbd>
          </Button>
        </div>
      )}
    </div>
  );
}
