/**
 * Words the quiz island's script shows (src/scripts/quiz-app.ts, src/components/quiz/result-card.ts): only
 * these travel in the page's JavaScript. The words the server renders (the chooser, the buttons, the result
 * table, the certificate form) are in zh-CN.ts under `quiz`.
 */
export const quizText = {
  progress: (index: number, total: number, topic: string) => `第 ${index} / ${total} 题 · ${topic}`,
  submit: '确定',
  next: '下一题',
  finish: '看结果',
  right: '✓ 回答正确',
  wrong: '✗ 回答错误',
  rightAnswer: (text: string) => `正确答案：${text}`,
  /** What a screen reader hears after an answer: the verdict, and the right answer when it was missed. */
  answerSaid: (verdict: string, rightAnswer: string) => `${verdict}。${rightAnswer}`,
  yourAnswer: (text: string) => `你的答案：${text}`,
  explain: (text: string) => `解析：${text}`,
  source: (text: string) => `出处：${text}`,
  chooseFirst: '请先选一个答案。',
  signAlt: '需要辨认的安全标志',
  doneHeading: '做完了',
  challengeHeading: '挑战完成',
  score: (correct: number, total: number) => `答对 ${correct} / ${total} 题`,
  mistakesCount: (count: number) => `（${count}题）`,
  notSaved: '这台设备不能保存答题记录（可能是无痕模式）。可以照常答题，但关闭页面后不会保留错题。',
  cardAlt: (correct: number, total: number) => `成绩卡：安全知识挑战答对 ${correct} / ${total} 题`,
  certificateTitle: '安全知识挑战证书',
  certificateBody: (name: string, correct: number, total: number) =>
    `${name || '同学'}在“生命通道”安全知识挑战中答对 ${correct} / ${total} 题，掌握了关键的安全应急知识。`,
  scanToPlay: '扫码来挑战',
  cardTitle: '生命通道 · 安全知识挑战',
  cardName: (name: string) => (name ? `${name}的成绩` : '我的成绩'),
  cardScore: (total: number) => `/ ${total} 题答对`,
};
