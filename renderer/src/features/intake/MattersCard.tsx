import { Card, Checkbox, Radio, Tag, Typography } from 'antd';
import type { Stage } from '../../../../shared/features/catalog/contract';
import { Field, fieldId } from './fields';
import { intakeText as t } from './text';

interface Props {
  stages: readonly Stage[];
  stageId: string;
  matterIds: readonly string[];
  onStage: (stageId: string) => void;
  onMatters: (matterIds: string[]) => void;
}

/** One intake covers several matters of one stage (一张表单、并联审批); each shows who decides and how soon. */
export function MattersCard({ stages, stageId, matterIds, onStage, onMatters }: Props) {
  const stage = stages.find((s) => s.id === stageId);
  return (
    <Card size="small" title={t.matters}>
      <Field path="stageId" label={null}>
        <Radio.Group
          id={fieldId('stageId')}
          name="stageId"
          optionType="button"
          value={stageId || undefined}
          onChange={(e) => onStage(e.target.value as string)}
          options={stages.map((s) => ({ value: s.id, label: s.name }))}
        />
      </Field>
      <Field path="matterIds" label={null}>
        <div id={fieldId('matterIds')}>
        {stage ? (
          <Checkbox.Group className="intake-matters" value={[...matterIds]} onChange={(ids) => onMatters(ids as string[])}>
            {stage.matters.map((m) => (
              <Checkbox key={m.id} value={m.id}>
                <span className="intake-matter">
                  <span className="intake-matter-name">{m.name}</span>
                  <Tag>{m.department}</Tag>
                  <Typography.Text type="secondary">
                    {m.onTheSpot && <Tag color="green">{t.onTheSpot}</Tag>}
                    {t.promised(m.promisedLimitDays)} · {t.legal(m.legalLimitDays)}
                  </Typography.Text>
                </span>
              </Checkbox>
            ))}
          </Checkbox.Group>
        ) : (
          <Typography.Text type="secondary">{t.chooseStage}</Typography.Text>
        )}
        </div>
      </Field>
    </Card>
  );
}
