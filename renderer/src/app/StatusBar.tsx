import { Space, Tag, Typography } from 'antd';
import { hallTime } from '../../../shared/domain/clock';
import { useAppStore } from '../store';
import { useNow } from './hooks';
import { appText } from './text';

/** The bottom line of the clerk's screens: clock, window, clerk, host link, and the county sync slot. */
export function StatusBar() {
  const now = useNow();
  const hostReachable = useAppStore((s) => s.hostReachable);
  const session = useAppStore((s) => s.session);
  const problem = useAppStore((s) => s.problem);
  const setProblem = useAppStore((s) => s.setProblem);
  const t = appText.status;
  return (
    <footer className="status-bar" role="status" aria-label="状态栏">
      <Space size="large" wrap>
        <Typography.Text strong data-testid="status-clock">
          {hallTime(now)}
        </Typography.Text>
        <span>
          {t.window}：{session?.window?.name ?? '—'}
        </span>
        <span>
          {t.clerk}：{session ? `${session.staff.name}（${session.staff.jobNumber}）` : t.notSignedIn}
        </span>
        <Tag color={hostReachable ? 'green' : 'red'} data-testid="status-host">
          {hostReachable ? t.hostOk : t.hostDown}
        </Tag>
        <Tag data-testid="status-sync">{t.countySync}</Tag>
        {problem && (
          <Tag color="red" closable onClose={() => setProblem(null)} data-testid="status-problem">
            {problem}
          </Tag>
        )}
      </Space>
    </footer>
  );
}
