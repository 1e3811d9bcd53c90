// npm run stats: how much each topic says and how well it is sourced, and every content problem. The
// problems come from the content validator (src/lib/validator/), the same checks over the same parsed
// content as `npm run build`.
import { topicHanzi } from '../lib/topic-stats.ts';
import { formatProblem, validateContent } from '../lib/validator/index.ts';

const started = performance.now();
const { content, problems, fileCount } = validateContent(process.cwd());
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
console.log(`checked ${fileCount} files in ${Math.round(performance.now() - started)} ms`);
if (problems.length > 0) {
  console.log(`\n内容检查发现 ${problems.length} 处问题 (${problems.length} problem(s)):`);
  for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
} else {
  console.log('内容检查通过 (no problems)');
}
