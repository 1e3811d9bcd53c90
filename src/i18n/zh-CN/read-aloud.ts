/** Words of the read-aloud control (朗读); its island imports only these. */
export const readAloudText = {
  label: '朗读这一页',
  play: '朗读',
  pause: '暂停',
  resume: '继续',
  stop: '停止',
  reading: '正在朗读，读到的地方有黄色底色。',
  paused: '已暂停。',
  done: '读完了。',
  failed: '这台手机现在读不出来，请稍后再试。',
  /** Digits of phone numbers, read one by one the way people say them (1 as 幺). */
  digits: ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'] as readonly string[],
};
