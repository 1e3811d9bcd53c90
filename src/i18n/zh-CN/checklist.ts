/** Words of the family self-check (/tools/checklist/); its island imports only these. */
export const checklistText = {
  allDone: (total: number) => `全部 ${total} 项都检查好了。`,
  progress: (done: number, total: number) => `已检查 ${done} / ${total} 项。`,
  lastTicked: (date: string) => `上次打勾：${date}`,
};
