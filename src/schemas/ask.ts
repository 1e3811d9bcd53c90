import { z } from 'astro/zod';
import { sectionIdSchema, slugSchema, textSchema } from './common.ts';
import { sourcesSchema } from './source.ts';

/**
 * The 6·16 consultation desk online (content/ask.yaml, page /ask/): real questions people ask about checking,
 * fixing and reporting life passages (生命通道), each with a short plain answer, the sources it rests on and
 * the topic sections that explain more. The file is a YAML list of these entries; ids are unique.
 */

/** Where the question is asked. */
export const askAreas = [
  /** 家庭和楼道：自己家、家门口的走廊、楼梯间、单元门 */
  'home',
  /** 小区和社区：消防车道、消火栓、物业管的公共地方、电动车停放充电 */
  'community',
  /** 工作场所：工厂、仓库、商店、饭店、宿舍等生产经营单位和人员密集场所 */
  'workplace',
] as const;

/** What the person wants to do (the campaign's 自查、自改、报修). */
export const askKinds = [
  /** 自查：这样算不算隐患、怎么看、法律怎么说 */
  'check',
  /** 自改：自己或和邻居、物业、单位一起怎么改 */
  'fix',
  /** 报修·举报：找谁、打哪个电话、举报以后会怎样 */
  'report',
] as const;

/** A question should read as people say it and fit on two lines of a phone: about 40 characters. */
export const ASK_QUESTION_MAX_CHARS = 40;

/** An answer is 2–5 short sentences: about 260 characters at most, so it fits one phone screen. */
export const ASK_ANSWER_MAX_CHARS = 260;

export const askLinkSchema = z.strictObject({
  /** The topic that explains more (a file name in content/topics/, without .mdx). */
  topic: slugSchema,
  /** A section of that topic page: an `<h2 id>` in its body, or a fixed section such as `law`. */
  section: sectionIdSchema,
});

export const askEntrySchema = z.strictObject({
  /** Stable, unique slug, e.g. shoe-cabinet-in-corridor. Used as the page anchor (/ask/#id); never reuse one. */
  id: slugSchema,
  /** Where the question is asked: home (家庭/楼道), community (小区/社区), workplace (工作场所). */
  area: z.enum(askAreas),
  /** What the person wants to do: check (自查), fix (自改), report (报修·举报). */
  kind: z.enum(askKinds),
  /** The question in the words people use, e.g. 楼道里放鞋柜算不算堵塞？ */
  question: textSchema.max(ASK_QUESTION_MAX_CHARS, `问题不超过${ASK_QUESTION_MAX_CHARS}字 (question too long)`),
  /**
   * The answer as plain text (no Markdown, no links): 2–5 short sentences, action first (what to do, who to
   * tell), then why, with the clause it rests on. Telephone numbers only from content/phone-numbers.yaml; a
   * mention-only number (callable: false, e.g. 96119) is written with 「以当地公布为准」 and must not become a
   * tel: link. Where the law does not settle the question, it says what the law and fire departments do say.
   */
  answer: textSchema.max(ASK_ANSWER_MAX_CHARS, `回答不超过${ASK_ANSWER_MAX_CHARS}字 (answer too long)`),
  /** Topic sections that explain more; at least one. Whether each topic and section exists is checked across collections. */
  links: z.array(askLinkSchema).min(1, '至少链接一个主题小节 (at least one link)'),
  /** Where the answer comes from; law, regulation and standard sources carry their clause. */
  sources: sourcesSchema,
});

/** The whole file: a list of entries with unique ids. */
export const askSchema = z
  .array(askEntrySchema)
  .min(1)
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: `id 重复：${entry.id} (duplicate id)` });
      }
      seen.add(entry.id);
    });
  });

export type AskLink = z.infer<typeof askLinkSchema>;
export type AskEntry = z.infer<typeof askEntrySchema>;
