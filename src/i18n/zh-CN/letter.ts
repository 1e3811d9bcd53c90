/**
 * Words of the safety letter (/tools/letter/); its island imports only these. The sample letters are here too:
 * plain and warm, no slogans; their safety points are the topics' key actions, named by topic and text (the page
 * stops the build if one no longer exists), and any advice in their own lines says what a topic says.
 */
export const letterText = {
  saved: '已保存在这台设备上。',
  notSaved: '这台设备不能保存（可能是无痕模式或存储已满）。写好以后，请直接打印或保存为图片。',
  clearQuestion: '真的要清空这封信吗？写好的字和选好的事都会删掉。',
  clearYes: '清空',
  clearNo: '不清空',
  cleared: '已清空。',
  undoClear: '撤销清空',
  restored: '信已恢复。',
  sampleUsed: (name: string) => `已经用“${name}”做底稿，改成你自己的话吧。`,
  chosen: (count: number, max: number) => `已选 ${count} 件（最多 ${max} 件）。`,
  full: (max: number) => `已经选了 ${max} 件，信里放不下更多了。想换一件，先去掉一件。`,
  toBlank: '________',
  pictureAlt: (to: string) => `一封安全家书${to ? `，写给${to}` : ''}：开头的话、几件要记住的安全事、想说的话和署名。`,
  pictureHint: '长按图片可以保存，或者直接发给家人；在电脑上点下面的按钮保存。',
  pictureSave: '保存图片',
  pictureFile: '安全家书.png',
  pictureFailed: '图片没有生成成功。可以截屏保存。',
  pictureTitle: '安全家书',
  noPrint: '这里不能直接打印（比如在微信里）。点“保存为图片”，长按图片发给家人。',
};

export interface SampleLetter {
  id: string;
  /** What the sample is, on its button. */
  name: string;
  to: string;
  opening: string;
  /** Key actions by topic id and their exact text. */
  points: { topic: string; text: string }[];
  personal: string;
  closing: string;
  signature: string;
}

export const sampleLetters: SampleLetter[] = [
  {
    id: 'to-parents',
    name: '写给爸妈',
    to: '爸、妈',
    opening: '最近单位搞安全生产月，我学了几件事，一下就想到了你们。我离得远，有些话还是想写下来，你们抽空看看。',
    points: [
      { topic: 'gas', text: '不碰电器和明火' },
      { topic: 'gas', text: '胶管换成不锈钢波纹管' },
      { topic: 'ebike', text: '车和电池不进楼入户' },
      { topic: 'evacuation', text: '出不去就关门守窗口' },
      { topic: 'home-check', text: '人走关火关电关气' },
    ],
    personal: '楼道里那几个纸箱，下次回家我帮你们一起清走。燃气灶用完记得关阀门，别嫌麻烦。家里有什么事，不管多晚都给我打电话。',
    closing: '祝爸妈身体健康，平平安安！',
    signature: '想你们的孩子',
  },
  {
    id: 'to-child',
    name: '写给孩子',
    to: '亲爱的孩子',
    opening: '快放暑假了，爸爸妈妈想跟你说几句心里话。你长大了，很多事可以自己拿主意，可有几件事，我们希望你一定记住。',
    points: [
      { topic: 'drowning', text: '不到野外水域游泳' },
      { topic: 'drowning', text: '有人落水先呼救报警' },
      { topic: 'drowning', text: '不跳水，不手拉手' },
      { topic: 'evacuation', text: '低姿弯腰捂口鼻' },
      { topic: 'elevator', text: '着火地震不乘电梯' },
    ],
    personal: '想去游泳，就叫上我们，一起去有救生员的游泳馆。遇到拿不准的事，先停一停，给我们打个电话。',
    closing: '愿你每天开开心心，平平安安。',
    signature: '爱你的爸爸妈妈',
  },
  {
    id: 'from-student',
    name: '孩子写给家长',
    to: '亲爱的爸爸妈妈',
    opening: '今天老师给我们上了一节安全课，我学会了好多。我想把最重要的几件事告诉你们，我们全家一起做到。',
    points: [
      { topic: 'home-check', text: '全家定好逃生路线' },
      { topic: 'home-check', text: '装上烟雾报警器' },
      { topic: 'ebike', text: '到集中充电点充电' },
      { topic: 'life-passage', text: '楼道楼梯不堆物' },
      { topic: 'evacuation', text: '拨打119说清位置' },
    ],
    personal: '这个周末，我们一起画一张家里的逃生路线图好不好？画好以后，我带大家照着走一遍。',
    closing: '祝我们全家平平安安！',
    signature: '你们的孩子',
  },
  {
    id: 'to-grandparent',
    name: '写给家里的老人',
    to: '奶奶',
    opening: '您一个人住，我们总惦记着。有几件小事，我写下来，您贴在冰箱上，每天看一眼。',
    points: [
      { topic: 'gas', text: '不碰电器和明火' },
      { topic: 'gas', text: '到室外打抢修电话' },
      { topic: 'electricity', text: '大功率电器专插专用' },
      { topic: 'home-check', text: '人走关火关电关气' },
      { topic: 'report-hazards', text: '正在着火先打119' },
    ],
    personal: '做饭的时候人别走开。电暖器离床和窗帘远一点。有事先给我打电话，我随叫随到。',
    closing: '祝您身体硬朗，天天开心！',
    signature: '您的孙女',
  },
];
