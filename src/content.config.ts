// Wires each collection in content/ to its schema; the schemas live in src/schemas/. Every collection is
// loaded from the content validator (src/lib/validator/), which reads all of content/ once, checks it,
// and stops the build naming the file, field, line and column of every problem.
import { defineCollection } from 'astro:content';
import { askEntrySchema } from './schemas/ask.ts';
import { campaignSchema } from './schemas/campaign.ts';
import { caseSchema } from './schemas/case.ts';
import { checklistSchema } from './schemas/checklist.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { phoneNumberSchema } from './schemas/phone-number.ts';
import { questionSchema } from './schemas/quiz.ts';
import { sceneSchema } from './schemas/scene.ts';
import { signSchema } from './schemas/sign.ts';
import { topicSchema } from './schemas/topic.ts';
import { validated } from './loaders/validated.ts';

// The schemas type the collections; the validator has already applied them to the data it hands over.
export const collections = {
  topics: defineCollection({ loader: validated('topics'), schema: topicSchema }),
  signs: defineCollection({ loader: validated('signs'), schema: signSchema }),
  cases: defineCollection({ loader: validated('cases'), schema: caseSchema }),
  quiz: defineCollection({ loader: validated('quiz'), schema: questionSchema }),
  scenes: defineCollection({ loader: validated('scenes'), schema: sceneSchema }),
  lessons: defineCollection({ loader: validated('lessons'), schema: lessonSchema }),
  campaign: defineCollection({ loader: validated('campaign'), schema: campaignSchema }),
  checklist: defineCollection({ loader: validated('checklist'), schema: checklistSchema }),
  phoneNumbers: defineCollection({ loader: validated('phoneNumbers'), schema: phoneNumberSchema }),
  ask: defineCollection({ loader: validated('ask'), schema: askEntrySchema }),
};
