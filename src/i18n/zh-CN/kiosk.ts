/** Words of the kiosk (/kiosk/) and its setup page (/kiosk/setup/); their islands import only these. */
import type { KioskNotice } from '../../lib/kiosk.ts';

const fieldName = {
  topics: '主题',
  interval: '每页秒数',
  layout: '版式',
  orientation: '方向',
  touch: '触摸',
  hours: '播放时段',
  dim: '夜间调暗时段',
  org: '主办单位',
  note: '提示语',
  still: '静止页',
} as const;

export const kioskText = {
  /** Shown instead of the organiser's name when none is given. */
  defaultOrg: '安全生产月',
  scanTopic: '用手机扫码，看完整内容',
  scanCase: '扫码看完整案例',
  caseLesson: '事故教训',
  casePositive: '好做法',
  keyActions: '关键动作',
  signAction: '怎么做',
  callNow: '遇到危险，立即拨打',
  previous: '上一页',
  next: '下一页',
  pause: '暂停',
  resume: '继续播放',
  allTopics: '全部',
  topicsLabel: '选主题',
  position: (number: number, total: number) => `${number} / ${total}`,
  resting: (hours: string) => `休息时间，本屏 ${hours} 播放`,
  noticeTitle: '设置提示',
  copied: '已复制',
  copyFailed: '没能复制，请手动选中地址复制',
  noticeFix: '请在 /kiosk/setup/ 重新生成地址。',
  notice(notice: KioskNotice): string {
    const field = fieldName[notice.field];
    switch (notice.problem) {
      case 'unknown':
        return `${field}“${notice.values.slice(0, 3).join('、')}”${notice.values.length > 3 ? `等${notice.values.length}项` : ''}不认识，已跳过`;
      case 'clamped':
        return `${field}“${notice.value}”超出5–120秒，已按${notice.used}秒播放`;
      case 'invalid':
        return notice.field === 'interval'
          ? `${field}“${notice.value}”不是有效数字，已按${notice.used}秒播放`
          : `${field}“${notice.value}”无法识别，已用默认设置`;
      case 'too-long':
        return `${field}太长，只显示前${notice.max}个字`;
      case 'phone':
        return `${field}里有不在核实名单上的电话号码，已删去`;
    }
  },
};

/** Words only the setup page's server markup uses. */
export const kioskSetupText = {
  title: '宣传屏设置',
  intro: '选好下面几项，就得到宣传屏的网址：在大屏、电子屏或播放器里打开这个网址即可，不用手动输入参数。右边（手机上是下面）的预览就是屏幕上的样子。',
  topics: '播放哪些主题',
  topicsHint: '都不选就播放全部主题。',
  interval: '每页停留',
  seconds: (seconds: number) => `${seconds} 秒`,
  layout: '版式',
  layouts: [
    ['auto', '自动（宽高比 3:1 以上的条屏用滚动字幕）'],
    ['slides', '幻灯片'],
    ['ticker', '滚动字幕（LED 条屏）'],
  ] as const,
  orientation: '方向',
  orientations: [
    ['auto', '跟随屏幕'],
    ['landscape', '横屏'],
    ['portrait', '竖屏'],
  ] as const,
  touch: '触摸屏：可以点屏幕暂停、翻页、选主题，1 分钟没人碰就回到轮播',
  org: '主办单位（可不填）',
  orgExample: '例如：幸福街道办事处',
  note: '一句提示（可不填）',
  noteExample: '例如：6月16日 9:00 社区广场 安全咨询',
  noteHint: '显示在屏幕顶部。电话号码只能写本站核实过的（如 119、12350），其他号码会被删去。',
  hours: '播放时段（可不填，按屏幕所在地的时间）',
  hoursHint: '时段外屏幕变黑。跨过午夜也可以，例如 20:00-7:00。',
  dim: '夜间调暗时段（可不填）',
  open: '打开宣传屏',
  address: '宣传屏网址',
  copy: '复制网址',
  preview: '预览',
};
