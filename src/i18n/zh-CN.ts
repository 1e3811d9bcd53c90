/**
 * Every UI string on the site, in one place. Content (topics, signs, cases…) lives in content/;
 * this file holds only the words of the interface around it. The words an island's script shows live in
 * zh-CN/<island>.ts and are imported from there (and spread in here), so a page's JavaScript carries only
 * its own words; the words only the server renders stay here.
 */
import { searchText } from './zh-CN/search.ts';
import { quizText } from './zh-CN/quiz.ts';
import { sceneText } from './zh-CN/scene.ts';
import { slidesText } from './zh-CN/slides.ts';
import { kioskText } from './zh-CN/kiosk.ts';
import { filterText } from './zh-CN/filter.ts';
import { checklistText } from './zh-CN/checklist.ts';
import { escapePlanText } from './zh-CN/escape-plan.ts';

export const ui = {
  siteName: '生命通道',
  siteTagline: '人人讲安全、个个会应急',
  skipToContent: '跳到正文',
  nav: {
    label: '主导航',
    home: '首页',
    topics: '安全知识',
    signs: '安全标志',
    cases: '事故案例',
    quiz: '自测答题',
    search: '搜索',
    about: '关于本站',
    classroom: '课堂',
  },
  search: {
    ...searchText,
    label: '搜索本站',
    placeholder: '例如：燃气泄漏、电瓶车充电',
    button: '搜索',
    title: '搜索',
    needsScript: '搜索需要浏览器开启 JavaScript。你也可以直接从下面的主题找起：',
    typeLegend: '类型',
    allTypes: '全部',
    topicLabel: '主题',
    allTopics: '全部主题',
  },
  emergency: {
    label: '紧急电话',
    call: (number: string, name: string) => `拨打 ${number} ${name}`,
  },
  largeText: {
    label: '大字模式',
  },
  topic: {
    keyActions: '关键动作',
    doDont: '做与不做',
    do: '要做',
    dont: '不要做',
    myths: '常见误区',
    myth: '误区',
    fact: '事实',
    law: '法律与标准',
    related: '相关标志与案例',
    relatedSigns: '相关标志',
    relatedCases: '相关案例',
    relatedTopics: '相关知识',
    sources: '来源',
    reviewed: (date: string) => `内容最近核对：${date}`,
    callNow: '需要时立即拨打',
    quizLink: (title: string) => `做一做“${title}”自测题`,
    core: '核心主题',
    more: '更多主题',
  },
  sign: {
    category: '类别',
    standard: '标准',
    code: '编号',
    meaning: '含义',
    placement: '设置位置',
    action: '看到它时怎么做',
    mistakes: '常见误解',
    topics: '相关知识',
    sources: '来源',
    all: '全部',
    categories: {
      prohibition: { name: '禁止标志', shape: '红色圆环加斜杠：不允许做的事' },
      warning: { name: '警告标志', shape: '黄色三角形：小心危险' },
      mandatory: { name: '指令标志', shape: '蓝色圆形：必须做的事' },
      escape: { name: '疏散逃生与提示标志', shape: '绿色方形：安全出口和逃生方向' },
      'fire-equipment': { name: '消防设施标志', shape: '红色方形：灭火器、消火栓等的位置' },
      marking: { name: '消防车道标线', shape: '黄色地面标线：消防车道禁止占用' },
    },
  },
  ask: {
    title: '安全咨询台',
    description: '6·16安全宣传咨询日的咨询台搬到网上：家里、小区、单位的生命通道怎么自查、自改、报修，常见问题逐条回答，每条写明依据。',
    lead: '“6·16”全国安全宣传咨询日，各地都会摆出安全咨询台。这里把大家最常问的生命通道问题搬到网上：怎么自查、怎么自改、找谁报修和举报。每条回答都写明依据；遇到着火、有人被困，直接拨打119。',
    areaLegend: '在哪里',
    kindLegend: '想做什么',
    all: '全部',
    areas: { home: '家里和楼道', community: '小区和社区', workplace: '工作场所' },
    kinds: { check: '自查', fix: '自改', report: '报修·举报' },
    more: '详细了解：',
    basis: '依据：',
    allQuestions: '咨询台的全部问题',
    nearby: (area: string) => `${area}：更多问题`,
  },
  case: {
    date: '时间',
    place: '地点',
    casualties: '伤亡',
    deaths: (n: number) => `${n}人死亡`,
    injuries: (n: number) => `${n}人受伤`,
    noDeaths: '无人死亡',
    cause: '直接原因',
    rules: '违反的规定',
    lessons: '本可以改变结局的做法',
    positiveLessons: '做对了什么',
    topics: '相关知识',
    signs: '相关标志',
    sources: '来源',
    positive: '正面案例',
    lesson: '事故教训',
    filterLabel: '按主题筛选',
    all: '全部',
  },
  quiz: quizText,
  scene: {
    ...sceneText,
    boardLabel: '图片区域：用方向键移动，按回车键检查这里有没有隐患',
    cell: (row: number, col: number) => `第${row}行第${col}列`,
    reveal: '显示全部答案',
    reset: '重新开始',
    answersHeading: (total: number) => `这张图里的${total}处隐患`,
    rule: '依据',
    title: '找隐患',
  },
  slides: slidesText,
  kiosk: kioskText,
  filter: filterText,
  checklist: checklistText,
  escapePlan: escapePlanText,
  classroom: {
    hub: '课堂',
    title: '课堂：老师用的幻灯片、讲义和教案',
    deck: '幻灯片',
    handout: '讲义（A4）',
    plan: '教案',
    print: '打印',
  },
  sources: {
    open: '查看原文',
  },
  footer: {
    licence: '代码以 MIT 许可发布，内容以 CC BY 4.0 许可发布。',
    about: '来源与编辑原则',
    emergencyNote: '遇到紧急情况，请立即拨打 119、120 或 110。本站内容仅供学习，不能代替专业救援。',
  },
  notFound: {
    title: '没有找到这个页面',
    body: '这个地址可能写错了，或页面已经移动。可以搜索，或回到首页。',
  },
} as const;
