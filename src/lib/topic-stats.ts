import type { TopicData } from '../schemas/topic.ts';
import { countHanzi } from './text.ts';

/**
 * The Chinese characters a reader gets on a topic page: the summary, key actions, do/don't lists,
 * myths, rules and the body (markup and ids do not count, being Latin).
 */
export function topicHanzi(data: TopicData, body: string): number {
  const parts = [
    data.summary,
    ...data.keyActions.flatMap((action) => [action.text, action.why ?? '']),
    ...data.dos,
    ...data.donts,
    ...data.myths.flatMap((item) => [item.myth, item.fact]),
    ...data.rules.flatMap((rule) => [rule.cite, rule.says]),
    body,
  ];
  return countHanzi(parts.join('\n'));
}
