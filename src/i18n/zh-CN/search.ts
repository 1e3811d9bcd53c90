/** Words of the search page; its island imports only these. */
export const searchText = {
  label: '搜索本站',
  placeholder: '例如：燃气泄漏、电瓶车充电',
  button: '搜索',
  title: '搜索',
  noResults: (query: string) => `没有找到与“${query}”相关的内容。可以换个说法，或从下面的主题找起：`,
  loading: '正在搜索…',
  needsScript: '搜索需要浏览器开启 JavaScript。你也可以直接从下面的主题找起：',
  offline: '搜索暂时不可用（可能没有网络）。已打开过的页面仍可离线阅读：',
  count: (count: number) => `找到 ${count} 条结果`,
  types: { topic: '知识', sign: '标志', case: '案例', quiz: '题目', page: '页面' } as Record<string, string>,
  typeLegend: '类型',
  allTypes: '全部',
  topicLabel: '主题',
  allTopics: '全部主题',
};
