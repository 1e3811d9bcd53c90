/** Words of the kiosk (/kiosk/) and its setup page (/kiosk/setup/); their islands import only these. */
import type { KioskNotice } from '../../lib/kiosk.ts';

const fieldName = { topics: '主题', interval: '每页秒数', layout: '版式', orientation: '方向', touch: '触摸', hours: '播放时段', dim: '夜间调暗时段', org: '主办单位', note: '提示语', still: '静止页' } as const;

export const kioskText = {
  /** Shown instead of the organiser's name when none is given. */
  defaultOrg: '安全生产月',
  scanTopic: '用手机扫码，看完整内容',
  scanCase: '扫码看完整案例',
  caseLesson: '事故教训',
  casePositive: '好做法',
  keyActions: '关键动作',
  signAction: '看到它',
  callNow: '遇到危险，立即拨打',
  paused: '已暂停',
  previous: '上一页',
  next: '下一页',
  pause: '暂停',
  resume: '继续播放',
  allTopics: '全部',
  touchHint: '轻触屏幕：暂停 · 点主题看更多',
  topicsLabel: '选主题',
  position: (number: number, total: number) => `${number} / ${total}`,
  resting: (hours: string) => `休息时间，本屏 ${hours} 播放`,
  noticeTitle: '设置提示',
  noticeFix: '请在 /kiosk/setup/ 重新生成地址。',
  notice(notice: KioskNotice): string {
    const field = fieldName[notice.field];
    switch (notice.problem) {
      case 'unknown':
        return `${field}“${notice.values.slice(0, 3).join('、')}”${notice.values.length > 3 ? `等${notice.values.length}项` : ''}不认识，已跳过`;
      case 'clamped':
        return `${field}“${notice.value}”超出5–120秒，已按${notice.used}秒播放`;
      case 'invalid':
        return notice.field === 'interval' ? `${field}“${notice.value}”不是有效数字，已按${notice.used}秒播放` : `${field}“${notice.value}”无法识别，已用默认设置`;
      case 'too-long':
        return `${field}太长，只显示前${notice.max}个字`;
      case 'phone':
        return `${field}里有不在核实名单上的电话号码，已删去`;
    }
  },
};
