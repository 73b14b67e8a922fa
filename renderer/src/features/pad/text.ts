export const padText = {
  welcome: '欢迎您！',
  serving: '为您服务的是',
  jobNumber: '工号',
  closed: '本窗口暂停服务',
  chooseWindow: '请选择本评价器所属窗口',
  hint: '办理完毕后，请您对本次服务进行评价',
} as const;
