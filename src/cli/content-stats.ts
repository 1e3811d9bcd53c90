// npm run stats: how much each topic says and how well it is sourced, and every content problem.
import { readContent } from '../lib/content-files.ts';
import { topicHanzi } from '../lib/topic-stats.ts';

const { content, problems } = readContent(process.cwd());
const rows = content.topics.map((topic) => ({
  topic: topic.id,
  tier: topic.data.tier,
  hanzi: topicHanzi(topic.data, topic.body ?? ''),
  sources: topic.data.sources.length,
  myths: topic.data.myths.length,
  questions: content.quiz.filter((question) => question.data.topic === topic.id).length,
  signs: content.signs.filter((sign) => sign.data.topics.includes(topic.id)).length,
  cases: content.cases.filter((entry) => entry.data.topics.includes(topic.id)).length,
}));
console.table(rows);
console.log(`signs: ${content.signs.length}, cases: ${content.cases.length}, questions: ${content.quiz.length}`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const problem of problems) console.log(`  ${problem.file} → ${problem.field}: ${problem.message}`);
  process.exitCode = 1;
}
