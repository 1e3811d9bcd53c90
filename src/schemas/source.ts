import { z } from 'astro/zod';

/**
 * Where a fact comes from. Every topic, sign, case and quiz question carries a list of these
 * (see ../shared/CONTENT-GUIDE.md): a reader must be able to find the clause that says it.
 */
export const sourceKinds = [
  /** 法律：全国人大及其常委会通过的法律 */
  'law',
  /** 行政法规、部门规章、规范性文件（国务院、各部委） */
  'regulation',
  /** 国家标准、行业标准（GB、GB/T、XF…） */
  'standard',
  /** 事故调查报告 */
  'report',
  /** 政府部门或其官方媒体发布的信息、通知、提示 */
  'official',
  /** 公认机构的指南（中国红十字会、中国疾控中心、AHA/ERC 等） */
  'guideline',
  /** 百科、转载等二手资料：只在找不到一手来源时使用，并尽快替换 */
  'reference',
] as const;

export const sourceSchema = z.strictObject({
  /** Title as published, e.g. 《中华人民共和国消防法》 or GB 13495.1-2015《消防安全标志 第1部分：标志》. */
  title: z.string().min(2),
  /** Issuing body, e.g. 全国人民代表大会常务委员会, 应急管理部, 国家市场监督管理总局. */
  publisher: z.string().min(2),
  /** Year of publication or of the version cited. */
  year: z.number().int().min(1949).max(2100),
  /** The article, clause, table or section where the fact stands, e.g. 第二十八条 or 第10.3.5条. */
  clause: z.string().min(1).optional(),
  /** Where to read it. Plain https or http URL. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** What kind of source this is; the content lint asks core topics for at least one law, regulation or standard. */
  kind: z.enum(sourceKinds),
});

/** A non-empty list of sources. */
export const sourcesSchema = z.array(sourceSchema).min(1, '至少需要一条来源 (at least one source)');

export type Source = z.infer<typeof sourceSchema>;
