import type { QuestionData } from '../schemas/quiz.ts';
import { OPTION_LETTERS } from '../schemas/quiz.ts';

/** The right answer in words: "B. 关闭燃气总阀" or "正确". */
export function answerText(question: QuestionData): string {
  if (question.type === 'truefalse') return question.answer ? '正确' : '错误';
  const index = OPTION_LETTERS.indexOf(question.answer);
  return `${question.answer}. ${question.options[index]}`;
}
