/** Words of the hazard walk and report guide (/tools/report/); its island imports only these. */
export const reportText = {
  copy: '复制这段话',
  copied: '已复制。可以粘贴到微信里发给物业，或者打电话时照着说。',
  copyFailed: '没有复制成功：请长按文字，选“全选”再“复制”。',
  showing: (situation: string) => `下面是“${situation}”时怎么办。`,
  showingAll: '显示全部情况。',
};
