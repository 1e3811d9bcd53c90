/**
 * Turns quiz content into what the browser loads (/quiz/bank/<topic>.json). Runs at build time only.
 */
import type { QuestionData } from '../schemas/quiz.ts';
import { OPTION_LETTERS } from '../schemas/quiz.ts';
import type { BankQuestion } from './quiz.ts';

/** The right answer in words: "B. 关闭燃气总阀" or "正确". */
export function answerText(question: QuestionData): string {
  if (question.type === 'truefalse') return question.answer ? '正确' : '错误';
  const index = OPTION_LETTERS.indexOf(question.answer);
  return `${question.answer}. ${question.options[index]}`;
}

export const TRUE_FALSE_OPTIONS = ['正确', '错误'];

export function toBankQuestion(id: string, question: QuestionData): BankQuestion {
  const source = question.sources[0];
  const bank: BankQuestion = {
    id,
    t: question.topic,
    s: question.section,
    q: question.question,
    o: question.type === 'choice' ? [...question.options] : TRUE_FALSE_OPTIONS,
    a: question.type === 'choice' ? OPTION_LETTERS.indexOf(question.answer) : question.answer ? 0 : 1,
    e: question.explanation,
    src: source ? [source.title, source.clause].filter(Boolean).join(' ') : '',
  };
  if (question.sign) bank.g = question.sign;
  if (question.signAlt) bank.ga = question.signAlt;
  if (question.type === 'truefalse') bank.tf = true;
  return bank;
}
