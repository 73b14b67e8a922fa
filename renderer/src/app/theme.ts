import type { ThemeConfig } from 'antd';

/** Government-service blue, and type large enough for a clerk who reads the screen all day. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1456b8',
    fontSize: 16,
    borderRadius: 6,
    fontFamily:
      '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", system-ui, sans-serif',
  },
};
