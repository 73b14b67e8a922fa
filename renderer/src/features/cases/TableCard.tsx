import { Card, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';

type Props<T> = Omit<TableProps<T>, 'title'> & { title: string; extra?: ReactNode };

/** A titled part of the case page that is a list: compact rows, all of them (a case has tens, not thousands). */
export function TableCard<T extends object>({ title, extra, ...table }: Props<T>) {
  return (
    <Card size="small" title={title} extra={extra} className="case-card">
      <Table<T> size="small" pagination={false} {...table} />
    </Card>
  );
}
