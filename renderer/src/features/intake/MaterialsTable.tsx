import { Card, Empty, Table, Typography } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { ChecklistLine } from '../../../../shared/features/intake/checklist';
import { MATERIAL_STATUSES, type MaterialMark, type MaterialStatus } from '../../../../shared/features/intake/contract';
import { isHandedIn, markAs, type Draft } from './draft';
import { fieldId, useFieldMessages } from './fields';
import { HandedInCell, LineName, StatusCell } from './MaterialCells';
import { HANDED_IN_KEYS, keyLabel, STATUS_KEYS, statusForKey } from './keys';
import { KeyHints, type KeyHint } from './KeyHints';
import { intakeText as t } from './text';

interface Props {
  lines: readonly ChecklistLine[];
  marks: Draft['marks'];
  onMark: (index: number, mark: MaterialMark) => void;
}

const FORMS = Object.keys(HANDED_IN_KEYS) as Array<keyof typeof HANDED_IN_KEYS>;

/**
 * The checklist, worked through from the keyboard: one row has the focus (↑/↓), single keys mark it and move
 * on, so a clerk checks a stack of papers without looking for the mouse. Only the focused row is a Tab stop.
 */
export function MaterialsTable({ lines, marks, onMark }: Props) {
  const { message } = useFieldMessages();
  const [focused, setFocused] = useState(0);
  // Adding or removing a matter shortens the list: some row must stay the Tab stop.
  const active = Math.min(focused, lines.length - 1);
  // A key the line does not allow (R on a material that may not be 容缺) is answered at the row, and nothing changes.
  const [refused, setRefused] = useState<number | null>(null);
  const table = useRef<HTMLDivElement>(null);
  const row = (index: number) => table.current?.querySelectorAll<HTMLElement>('tr.ant-table-row')[index];
  const focusRow = (index: number) => row(Math.max(0, Math.min(lines.length - 1, index)))?.focus();
  const focusNote = (index: number) => document.getElementById(fieldId(`materials.${index}.note`))?.focus();

  const setStatus = (index: number, status: MaterialStatus): boolean => {
    const line = lines[index]!;
    if (status === 'deferred' && !line.deficiencyAllowed) {
      setRefused(index);
      return false;
    }
    setRefused(null);
    onMark(index, markAs(line, marks[line.name], status));
    return true;
  };
  /** Saying how a paper was handed in says it was handed in. */
  const setHandedIn = (index: number, patch: Partial<MaterialMark>) => {
    const line = lines[index]!;
    const mark = marks[line.name];
    onMark(index, { ...(isHandedIn(mark) ? mark! : markAs(line, mark, 'received')), ...patch });
  };

  const onRowKey = (e: KeyboardEvent<HTMLElement>, index: number) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.altKey || e.metaKey) return;
    const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
    const status = statusForKey(key);
    const form = FORMS.find((f) => HANDED_IN_KEYS[f] === key);
    const last = index === lines.length - 1;
    if (key === 'ArrowDown' || (key === 'Enter' && !last)) focusRow(index + 1);
    else if (key === 'ArrowUp') focusRow(index - 1);
    else if (key === 'Home') focusRow(0);
    else if (key === 'End') focusRow(lines.length - 1);
    else if (status === 'defective') {
      // The note field appears with the status: render it now, so the clerk types what is wrong at once.
      flushSync(() => setStatus(index, status));
      focusNote(index);
    } else if (status) {
      if (setStatus(index, status)) focusRow(index + 1);
    } else if (form) setHandedIn(index, { form });
    else if (/^[1-9]$/.test(key)) setHandedIn(index, { copies: Number(key) });
    else return; // not the table's: Enter on the last line is the form's, to move on past the table
    e.preventDefault();
  };

  const onNoteKey = (e: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (e.key !== 'Enter' && e.key !== 'Escape') return;
    if (e.nativeEvent.isComposing) return;
    e.preventDefault();
    e.stopPropagation();
    focusRow(e.key === 'Enter' ? index + 1 : index);
  };

  const problem = (index: number, field: string) => message(`materials.${index}.${field}`);
  const hasProblem = (index: number) => refused === index || ['status', 'form', 'copies', 'note'].some((f) => problem(index, f));

  return (
    <Card size="small" title={t.materials} extra={<KeyLegend />} className="intake-materials" id={fieldId('materials')}>
      {message('materials') && <Typography.Text type="danger">{message('materials')}</Typography.Text>}
      {lines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noMaterials} />
      ) : (
        <div ref={table}>
          <Table<ChecklistLine>
            size="small"
            rowKey="name"
            tableLayout="fixed"
            pagination={false}
            dataSource={[...lines]}
            rowClassName={(_, index) => `${index === active ? 'intake-row-active' : ''} ${hasProblem(index) ? 'intake-row-error' : ''}`}
            onRow={(_, index) => ({
              tabIndex: index === active ? 0 : -1,
              onKeyDown: (e: KeyboardEvent<HTMLElement>) => onRowKey(e, index!),
              onFocus: (e) => {
                if (e.target !== e.currentTarget) return;
                setFocused(index!);
                if (refused !== index) setRefused(null);
              },
            })}
            columns={[
              { title: t.materialColumns.name, key: 'name', render: (_, line, index) => <LineName line={line} index={index} /> },
              {
                title: t.materialColumns.status,
                key: 'status',
                width: 196,
                render: (_, line, index) => (
                  <StatusCell
                    line={line}
                    index={index}
                    mark={marks[line.name]}
                    message={problem(index, 'status') ?? (refused === index ? t.notDeferrable : undefined)}
                    onStatus={(status) => setStatus(index, status) && focusRow(index)}
                  />
                ),
              },
              {
                title: t.materialColumns.handedIn,
                key: 'handedIn',
                width: 200,
                render: (_, line, index) => (
                  <HandedInCell
                    index={index}
                    mark={marks[line.name]}
                    onChange={(patch) => ('note' in patch ? onMark(index, { ...marks[line.name]!, ...patch }) : setHandedIn(index, patch))}
                    onNoteKey={(e) => onNoteKey(e, index)}
                  />
                ),
              },
            ]}
          />
        </div>
      )}
    </Card>
  );
}

/** The keys of the table, on screen where the clerk works with them. */
function KeyLegend() {
  const hints: KeyHint[] = [
    ['↑↓', t.keyMove],
    ...MATERIAL_STATUSES.map((s): KeyHint => [STATUS_KEYS[s].map(keyLabel).join('/'), t.statusKeys[s]]),
    [FORMS.map((f) => HANDED_IN_KEYS[f]).join('/'), FORMS.map((f) => t.forms[f]).join('/')],
    ['1–9', t.copiesLabel],
  ];
  return <KeyHints hints={hints} label={t.keyLegend} />;
}
