/** Words the search page's island shows; it imports only these. The page's other words are in ../zh-CN.ts. */
export const searchText = {
  noResults: (query: string) => `没有找到与“${query}”相关的内容。可以换个说法，或从下面的主题找起：`,
  loading: '正在搜索…',
  offline: '搜索暂时不可用（可能没有网络）。已打开过的页面仍可离线阅读：',
  count: (count: number) => `找到 ${count} 条结果`,
  /** Heading of the instant answer from the consultation desk (咨询台). */
  askHeading: '咨询台的回答',
  more: '显示更多结果',
  types: { topic: '知识', sign: '标志', case: '案例', ask: '咨询', quiz: '题目', page: '页面' } as Record<string, string>,
};
