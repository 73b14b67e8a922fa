import { Button, Input, InputNumber, Space, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import type { ChecklistLine } from '../../../../shared/features/intake/checklist';
import { MATERIAL_STATUSES, type MaterialMark, type MaterialStatus } from '../../../../shared/features/intake/contract';
import { isHandedIn } from './draft';
import { fieldId, useFieldMessages } from './fields';
import { intakeText as t } from './text';

/** The cells of one checklist line. Their controls are for the mouse; the keyboard works on the whole row. */
interface CellProps {
  line: ChecklistLine;
  index: number;
  mark: MaterialMark | undefined;
}

export function LineName({ line, index }: Omit<CellProps, 'mark'>) {
  return (
    <div className="intake-line">
      <span className="intake-line-name">
        {index + 1}. {line.name}
      </span>
      <Typography.Text type="secondary" className="intake-line-meta" title={line.standard}>
        {t.forms[line.form]}
        {t.copies(line.copies)}
        {line.required && <Tag color="blue">{t.requiredTag}</Tag>}
        {line.deficiencyAllowed && <Tag color="gold">{t.deferrableTag}</Tag>}
        {line.standard}
      </Typography.Text>
    </div>
  );
}

export function StatusCell({ line, index, mark, message, onStatus }: CellProps & { message: string | undefined; onStatus: (status: MaterialStatus) => void }) {
  return (
    <>
      <Space.Compact size="small">
        {MATERIAL_STATUSES.map((status) => (
          <Button
            key={status}
            tabIndex={-1}
            autoInsertSpace={false}
            type={mark?.status === status ? 'primary' : 'default'}
            aria-pressed={mark?.status === status}
            aria-label={`${index + 1} ${t.statusKeys[status]}`}
            disabled={status === 'deferred' && !line.deficiencyAllowed}
            onClick={() => onStatus(status)}
          >
            {t.statuses[status]}
          </Button>
        ))}
      </Space.Compact>
      <RowMessage text={message} />
    </>
  );
}

interface HandedInProps extends Omit<CellProps, 'line'> {
  onChange: (patch: Partial<MaterialMark>) => void;
  onNoteKey: (e: KeyboardEvent<HTMLInputElement>) => void;
}

/** How a paper was handed in, and what is wrong with it: the note shows for a defective paper or once written. */
export function HandedInCell({ index, mark, onChange, onNoteKey }: HandedInProps) {
  const { message } = useFieldMessages();
  const problem = (field: string) => message(`materials.${index}.${field}`);
  const handedIn = isHandedIn(mark);
  return (
    <>
      {handedIn && (
        <Space.Compact size="small">
          <Button tabIndex={-1} autoInsertSpace={false} onClick={() => onChange({ form: mark!.form === 'original' ? 'copy' : 'original' })}>
            {t.forms[mark!.form ?? 'original']}
          </Button>
          <InputNumber
            tabIndex={-1}
            aria-label={`${index + 1} ${t.copiesLabel}`}
            min={0}
            max={99}
            precision={0}
            value={mark!.copies}
            onChange={(copies) => onChange({ copies: copies ?? 0 })}
            suffix={t.copiesUnit}
            style={{ width: 76 }}
          />
        </Space.Compact>
      )}
      <RowMessage text={problem('form') ?? problem('copies')} />
      {mark && (mark.status === 'defective' || mark.note) && <NoteInput index={index} mark={mark} onChange={onChange} onKeyDown={onNoteKey} />}
      <RowMessage text={problem('note')} />
    </>
  );
}

interface NoteProps {
  index: number;
  mark: MaterialMark;
  onChange: (patch: Partial<MaterialMark>) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
}

function NoteInput({ index, mark, onChange, onKeyDown }: NoteProps) {
  const { touch } = useFieldMessages();
  return (
    <Input
      size="small"
      className="intake-note"
      tabIndex={-1}
      id={fieldId(`materials.${index}.note`)}
      aria-label={`${index + 1} ${t.noteLabel}`}
      placeholder={t.notePlaceholder}
      maxLength={200}
      value={mark.note}
      onChange={(e) => onChange({ note: e.target.value })}
      onKeyDown={onKeyDown}
      onBlur={() => touch(`materials.${index}.note`)}
    />
  );
}

export function RowMessage({ text }: { text: string | undefined }) {
  return text ? <div className="intake-row-message">{text}</div> : null;
}
