/** Words of the filter chips (/signs/, /cases/); their island imports only these. */
export const filterText = {
  shown: (count: number) => `显示 ${count} 项`,
};
