export const boardText = {
  nowCalling: '正在叫号',
  recent: '最近叫号',
  waiting: '等候人数',
  toWindow: (name: string) => `请到 ${name}`,
  people: (n: number) => `${n} 人`,
  none: '暂无叫号',
  noneRecent: '—',
  notice: '请留意叫号信息，过号请重新取号。办事如有不满意，可在窗口评价器评价或拨打12345。',
  /** The line shown while a call is announced. */
  announcing: (number: string, windowName: string) => `请 ${number} 号到 ${windowName} 办理`,
  /** The browser blocks sound until someone clicks on the page. */
  enableVoice: '点击启用语音播报',
} as const;
