/** Words of the family escape plan (/tools/escape-plan/); its island imports only these. */
export const escapePlanText = {
  saved: '已保存在这台设备上。',
  notSaved: '这台设备不能保存（可能是无痕模式），请直接打印。',
  cleared: '已清空。',
};
