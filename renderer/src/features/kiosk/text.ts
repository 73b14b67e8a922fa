export const kioskText = {
  title: '请选择办理业务',
  waiting: (n: number) => `等候 ${n} 人`,
  issuing: '正在取号…',
  ticketTitle: '您的号码',
  ahead: (n: number) => `前方等待 ${n} 人`,
  takenAt: '取号时间',
  noShowRule: '过号请重新取号',
  close: '完成',
  autoClose: (s: number) => `${s} 秒后返回`,
  empty: '大厅尚未设置业务队列',
} as const;
