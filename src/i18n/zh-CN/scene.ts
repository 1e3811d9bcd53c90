/** Words of the find-the-hazards game; its island imports only these. */
export const sceneText = {
  progress: (found: number, total: number) => `已找到 ${found} / ${total} 处隐患`,
  boardLabel: '图片区域：用方向键移动，按回车键检查这里有没有隐患',
  cell: (row: number, col: number) => `第${row}行第${col}列`,
  miss: '这里没有发现隐患，再找找看。',
  found: (number: number) => `找到第${number}处：`,
  allFound: '全部找到了，真棒！',
  reveal: '显示全部答案',
  reset: '重新开始',
  answersHeading: (total: number) => `这张图里的${total}处隐患`,
  rule: '依据',
  title: '找隐患',
};
