/** Words the find-the-hazards game's island shows; it imports only these. The page's other words are in ../zh-CN.ts. */
export const sceneText = {
  progress: (found: number, total: number) => `已找到 ${found} / ${total} 处隐患`,
  miss: '这里没有发现隐患，再找找看。',
  found: (number: number, label: string) => `找到第${number}处：${label}。`,
  allFound: '全部找到了，真棒！',
};
