// Wires each collection in content/ to its loader and schema; the schemas themselves live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { campaignSchema } from './schemas/campaign.ts';
import { caseSchema } from './schemas/case.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { phoneNumberSchema } from './schemas/phone-number.ts';
import { questionSchema } from './schemas/quiz.ts';
import { sceneSchema } from './schemas/scene.ts';
import { signSchema } from './schemas/sign.ts';
import { topicSchema } from './schemas/topic.ts';
import { yamlList, yamlObject } from './loaders/yaml-list.ts';

export const collections = {
  topics: defineCollection({ loader: glob({ base: './content/topics', pattern: '*.mdx' }), schema: topicSchema }),
  signs: defineCollection({ loader: glob({ base: './content/signs', pattern: '*.yaml' }), schema: signSchema }),
  cases: defineCollection({ loader: glob({ base: './content/cases', pattern: '*.mdx' }), schema: caseSchema }),
  quiz: defineCollection({ loader: yamlList({ path: 'content/quiz', idField: 'id' }), schema: questionSchema }),
  scenes: defineCollection({ loader: glob({ base: './content/scenes', pattern: '*.yaml' }), schema: sceneSchema }),
  lessons: defineCollection({ loader: glob({ base: './content/lessons', pattern: '*.mdx' }), schema: lessonSchema }),
  campaign: defineCollection({ loader: yamlObject('content/campaign.yaml', 'campaign'), schema: campaignSchema }),
  checklist: defineCollection({ loader: yamlObject('content/checklist.yaml', 'checklist'), schema: checklistSchema }),
  phoneNumbers: defineCollection({
    loader: yamlList({ path: 'content/phone-numbers.yaml', idField: 'number' }),
    schema: phoneNumberSchema,
  }),
};
