/** Words of the slide decks made from topic pages (and the lesson deck's buttons); slide-deck.ts imports only these. */
export const slidesText = {
  lesson: '安全课',
  /** `lines`: 火警 119 · 急救 120 · 报警 110, from the phone-number list. */
  calls: (lines: string) => `遇到紧急情况：${lines}`,
  controls: '翻页',
  roleDescription: '幻灯片',
  callNow: '需要时立即拨打：',
  mythQuestion: '这种说法对吗？',
  trueOrFalse: '对，还是错？',
  homework: '回家做一做',
  homeworkHint: '把这几个动作讲给家里人听，一起检查家门口的楼道。',
  scan: '用手机扫码，看完整内容',
  previous: '上一页',
  next: '下一页',
  reveal: '显示答案',
  fullscreen: '全屏',
  position: (number: number, total: number) => `第 ${number} / ${total} 页`,
  keysHint: '翻页：← → 方向键、空格或翻页笔；F 全屏；A 显示答案',
};
