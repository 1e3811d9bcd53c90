/** Words of saving for offline use (the 「保存到本机」 control, the offline page) and of QR codes without a site address. */
export const offlineText = {
  title: '保存到本机，离线也能看',
  /** Shown as it is when the browser runs no JavaScript. */
  noScript: '打开浏览器的 JavaScript 后，可以把全部安全知识、题库、安全标志、课堂幻灯片和搜索保存到这台设备上，没有网络也能看。',
  checking: '正在查看这台设备上已经保存了什么…',
  intro: (size: string) => `把首页、全部安全知识、题库、安全标志、课堂幻灯片和搜索保存到这台设备上，约 ${size}，没有网络也能看。`,
  saveData: '你的浏览器开启了“省流量”：网站不会自己下载任何内容，需要时请点下面的按钮。',
  button: '保存到本机，离线也能看',
  retry: '重试没保存好的文件',
  saving: (done: number, total: number) => `正在保存：${done} / ${total} 个文件`,
  saved: (size: string) => `已保存到本机（约 ${size}）。没有网络也能看；网站内容更新后，联网打开一次就会自动更新。`,
  partial: (failed: number, total: number) => `有 ${failed} 个文件没保存好（共 ${total} 个），可能是网络不稳定。已保存的部分没有网络也能看，请联网后点“重试”。`,
  failed: '这次没能保存（可能没有网络）。请联网后再试。',
  unsupported: '这个浏览器不能把网站保存到本机，请换用较新的浏览器。',
  insecure: '这个网址不能保存到本机：离线功能需要 https 开头的网址。',
  noWorker: '离线功能还没有准备好（可能是浏览器的隐私模式）。刷新页面后再试。',
  size: (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`),
  qrPending: '二维码在网页打开后生成。',
  qrNoAddress: '网站地址在网页打开后显示。',
};
