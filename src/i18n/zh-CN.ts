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
import { filterText } from './zh-CN/filter.ts';
import { checklistText } from './zh-CN/checklist.ts';
import { escapePlanText } from './zh-CN/escape-plan.ts';

/** A phone line as the sentences below name it (from content/phone-numbers.yaml, never typed here). */
interface Line {
  number: string;
  name: string;
}

export const ui = {
  siteName: '生命通道',
  skipToContent: '跳到正文',
  breadcrumbs: '面包屑导航',
  campaign: {
    /** 2024年第23个全国“安全生产月” */
    edition: (edition: { year: number; number: number }, name: string) => `${edition.year}年第${edition.number}个${name}`,
    siteTheme: (edition: string) => `本站主题：${edition}`,
    latest: (edition: string) => `最新一届：${edition}`,
    alsoLatest: '（也是最新一届）',
  },
  nav: {
    label: '主导航',
    home: '首页',
    topics: '安全知识',
    signs: '安全标志',
    cases: '事故案例',
    quiz: '自测答题',
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
    fallbackHeading: '从这些主题找起',
    fullTopic: (title: string) => `查看完整的“${title}”`,
  },
  emergency: {
    label: '紧急电话',
    call: (number: string, name: string) => `拨打 ${number} ${name}`,
    /** 火警 119 · 急救 120 · 报警 110 */
    list: (lines: readonly Line[]) => lines.map((line) => `${line.name} ${line.number}`).join(' · '),
    /** 119、120 或 110 */
    choice: (lines: readonly Line[]) => {
      const numbers = lines.map((line) => line.number);
      const last = numbers.pop() ?? '';
      return numbers.length > 0 ? `${numbers.join('、')} 或 ${last}` : last;
    },
  },
  picture: {
    save: '保存为图片',
    hint: '长按图片，选“保存图片”存到手机，或“发送给朋友”。',
    poster: (title: string) => `${title}宣传海报（图片）`,
    handout: (title: string) => `${title}讲义（图片）`,
  },
  share: {
    /** The picture's words for screen readers and link cards (og:image:alt). */
    pictureAlt: (title: string, line: string) => (line ? `${title}：${line}` : title),
    manifestDescription: (tagline: string) => `${tagline}：着火、闻到燃气味、电动车起火、有人落水时怎么做，生命通道为什么不能堵。`,
  },
  largeText: {
    label: '大字模式',
    icon: '大',
  },
  home: {
    /** The first thing a phone shows: what to do right now. Each situation opens its topic's key actions. */
    situationsHeading: '遇到险情，先看这里',
    situations: [
      { label: '着火', topic: 'evacuation' },
      { label: '闻到燃气味', topic: 'gas' },
      { label: '电动车起火', topic: 'ebike' },
      { label: '有人落水', topic: 'drowning' },
      { label: '被困电梯', topic: 'elevator' },
      { label: '触电', topic: 'electricity' },
    ],
    report: '我要举报',
    reportText: '楼道堵了、车道被占、安全出口锁了：打哪个电话，怎么说',
    ask: '咨询台',
    askText: '堵塞算不算、找谁修、举报会不会被报复：常见问题的回答',
    emergencyHeading: '遇到紧急情况，立即拨打',
    searchHeading: '想知道什么？',
    coreHeading: '先学这五件事',
    exploreHeading: '看一看、测一测',
    classroomCard: '老师和宣传屏',
  },
  topic: {
    keyActions: '关键动作',
    /** The contents list at the top of a topic page (folded; one line until opened). */
    contents: (count: number) => `本页内容（${count}节）`,
    backToTop: '回到顶部',
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
    toolsHeading: '动手做一做',
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
    filterLabel: '按类别查看',
    imageLabel: (name: string, meaning: string) => `安全标志“${name}”：${meaning}`,
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
  quiz: {
    ...quizText,
    trueFalse: '判断',
    worksheetTitle: (topic: string) => `${topic}自测题`,
    worksheet: '题目',
    answerKey: '答案',
    worksheetsHeading: '按主题做题（可打印）',
    cardFileName: '生命通道成绩卡.png',
  },
  scene: {
    ...sceneText,
    boardLabel: '图片区域：用方向键移动，按回车键检查这里有没有隐患',
    cell: (row: number, col: number) => `第${row}行第${col}列`,
    reveal: '显示全部答案',
    reset: '重新开始',
    answersHeading: (total: number) => `这张图里的${total}处隐患`,
    rule: '依据',
    title: '找隐患',
    card: (scene: string) => `找隐患：${scene}`,
    howToPlay: '点一点图里有问题的地方；用键盘时，按 Tab 进入图片，用方向键移动，按回车键检查。',
    findHeading: '找一找：图里有哪些隐患？',
  },
  slides: slidesText,
  filter: filterText,
  checklist: {
    ...checklistText,
    why: '为什么',
    print: '打印清单',
    reset: '全部清空，重新检查',
    signature: '检查日期：______年____月____日　检查人：__________',
  },
  escapePlan: {
    ...escapePlanText,
    title: '家庭逃生计划',
    /** Each box of the form: [label, hint]. */
    fields: {
      home: ['我家在', '小区、楼号、单元、楼层、门牌号（报警时要说清楚）'],
      'route-1': ['第一条路', '楼梯里没有烟火时：出房门，走哪座疏散楼梯往下，从哪个安全出口出楼（不坐电梯）'],
      'route-2': ['第二条路', '门把手烫、门外或楼梯里有烟火时：关好门，退到哪个有窗的房间，怎样堵门缝、在窗口求救'],
      helpers: ['谁帮谁', '老人、小孩、行动不便的家人，由谁带着走'],
      meeting: ['楼外会合点', '一个大家都认识的地方，比如一棵大树、一个路灯'],
      valves: ['总阀在哪里', '家里水、电、燃气的总阀在哪里，怎么关'],
      phones: ['家人电话', '每个人的手机号，小孩也要记住'],
      drill: ['演练日期', '全家照着计划走一遍的日子'],
    } as Record<string, [string, string]>,
    remember: '着火时记住',
    print: '打印逃生计划',
    clear: '清空重填',
  },
  poster: {
    title: (topic: string) => `${topic}：宣传海报`,
    label: (topic: string) => `${topic}宣传海报`,
    printA4: '打印 A4',
    printA3: '打印 A3',
    printHint: '没有打印按钮时，用浏览器的“打印”，纸张选 A4。',
  },
  kiosk: {
    title: '宣传屏',
    heading: '宣传屏轮播',
  },
  classroom: {
    hub: '课堂',
    title: '课堂：老师用的幻灯片、讲义和教案',
    deck: '幻灯片',
    handout: '讲义（A4）',
    plan: '教案',
    print: '打印',
    howHeading: '怎么用',
    topicsHeading: '按主题',
    kioskHeading: '宣传屏、电子屏',
    topicColumn: '主题',
    quizColumn: '题目',
    posterColumn: '海报',
    deckTitle: (topic: string) => `${topic}：课堂幻灯片`,
    scanForMore: '扫码看完整内容',
    handoutTitle: (topic: string) => `${topic}：讲义`,
    handoutHomework: '回家做一做：把上面的关键动作讲给家人听；和家人一起检查家门口的楼道和安全出口是否畅通。',
    handoutSources: (titles: string) => `来源：${titles}等，详见 `,
  },
  lessonPlan: {
    title: (lesson: string) => `教案：${lesson}`,
    topic: '主题',
    audience: '对象',
    length: '时长',
    minutes: (minutes: number) => `${minutes}分钟`,
    objectives: '教学目标',
    materials: '准备',
    useInClass: '课上用：',
    deck: '幻灯片',
    handout: '讲义',
    quiz: '自测题',
    flow: (minutes: number) => `教学过程（${minutes}分钟）`,
    step: (from: number, to: number, minutes: number) => `第${from}–${to}分钟（${minutes}分钟）`,
    prompts: '讨论题',
    home: '课后活动',
  },
  sources: {
    open: '查看原文',
    question: (id: string) => `自测题 ${id}`,
    /** Source kinds (schemas/source.ts), in the order the about page lists them. */
    kinds: {
      law: '法律',
      regulation: '法规、规章和规范性文件',
      standard: '国家标准',
      report: '事故调查报告',
      official: '官方发布',
      guideline: '专业机构指南',
      reference: '其他参考资料',
    },
  },
  footer: {
    licence: '代码以 MIT 许可发布，内容以 CC BY 4.0 许可发布。',
    about: '来源与编辑原则',
    emergencyNote: (numbers: string) => `遇到紧急情况，请立即拨打 ${numbers}。本站内容仅供学习，不能代替专业救援。`,
  },
  notFound: {
    title: '没有找到这个页面',
    body: '这个地址可能写错了，或页面已经移动。可以搜索，或回到首页。',
  },
} as const;
