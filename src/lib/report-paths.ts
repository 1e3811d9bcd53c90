/**
 * Who to tell first, for each thing a person may find (/tools/report/). Numbers are ids on
 * content/phone-numbers.yaml: `call` is a number the page links with tel:, and must be callable there;
 * `mention` is a local number named only (96119 differs from city to city), never linked. The page stops the
 * build if a number is missing or a mention-only number is set to be called. Every step says what a topic
 * section or a cited rule says; the sources are listed on the page (REPORT_SOURCES) and in the fact log.
 */
import type { Source } from '../schemas/source.ts';

export interface ReportStep {
  /** What to do, in one or two short sentences. */
  text: string;
  /** A number to call at this step (tel: link). */
  call?: string;
  /** A local number to name, never to link. */
  mention?: string;
}

export interface ReportPath {
  /** Anchor on the page, e.g. home-corridor. */
  id: string;
  /** What the person found, as they would say it. */
  situation: string;
  /** The first thing to do, in a line: the answer at a glance. */
  first: string;
  /** The number this path ends at: the one the page shows as the main button. Undefined where no national number fits. */
  number?: string;
  steps: ReportStep[];
  /** What to photograph (and what not to). Empty when there is no time for photos. */
  photos: string[];
  /** What the report is about, for the message template: 消防安全隐患 or 安全生产隐患. Undefined: no message to write. */
  templateKind?: string;
  /** What happens next and how long it takes, only as the cited rules say. */
  next: string[];
  /** Where to read more: topic id and section. */
  more: { topic: string; section: string }[];
}

const FIRE_CHECK =
  '消防救援机构接到举报后，对占用、堵塞、封闭疏散通道、安全出口的，应当在24小时内核查；处理情况应当及时告诉举报人（《消防监督检查规定》第十八条）。';
const FIRE_CHECK_OTHER =
  '消防车通道被占这类问题，消防救援机构应当在接到举报之日起3个工作日内核查；处理情况应当及时告诉举报人（《消防监督检查规定》第十八条）。';
const HOTLINE =
  '12345热线受理后，转给负责的部门办理。多久答复，各地规定不同（比如济南市的条例要求承办单位在5个工作日内回复来电人）：打电话时问清楚多久答复、怎样查办理进度。';
const LOCAL_FIRE_LINE = '或者打当地消防部门公布的火灾隐患举报电话（有的地方是96119，以当地公布的为准）。';

export const REPORT_PATHS: ReportPath[] = [
  {
    id: 'fire',
    situation: '正在着火、冒烟',
    first: '先逃到安全的地方，再拨打119',
    number: '119',
    steps: [
      { text: '马上离开。自己房间着火、扑不灭，出门时把房门关上，挡住烟。' },
      { text: '到了安全的地方，拨打119：说清在哪里、什么在烧、有没有人被困，留下电话。', call: '119' },
      { text: '有条件的话，派人到路口接消防车。' },
    ],
    photos: [],
    next: ['国家综合性消防救援队、专职消防队扑救火灾，不收任何费用（《消防法》第四十九条）。'],
    more: [
      { topic: 'evacuation', section: 'call-119' },
      { topic: 'evacuation', section: 'door' },
    ],
  },
  {
    id: 'gas',
    situation: '闻到燃气味',
    first: '不碰电器和明火，关阀开窗，到室外再打电话',
    steps: [
      { text: '不开灯也不关灯，不开抽油烟机，不用明火。' },
      { text: '关燃气表前阀或灶前阀，轻轻打开门窗，带家人出去。' },
      { text: '出了楼，到室外安全的地方，打燃气公司的抢修电话。这个号码各地不一样，以当地燃气公司公布的为准。' },
      { text: '已经着火、爆炸，或者阀门关不上：所有人撤离，到安全的地方拨打119。', call: '119' },
    ],
    photos: [],
    next: ['报修以后在外面等燃气公司的人来处理，不要自己回屋里动燃气设备。'],
    more: [
      { topic: 'gas', section: 'leak' },
      { topic: 'gas', section: 'who-to-call' },
    ],
  },
  {
    id: 'injury',
    situation: '有人受伤、昏迷',
    first: '拨打120',
    number: '120',
    steps: [{ text: '有人受伤、昏迷、中毒、呼吸心跳停止时，拨打120。', call: '120' }],
    photos: [],
    next: [],
    more: [{ topic: 'report-hazards', section: 'which-number' }],
  },
  {
    id: 'home-corridor',
    situation: '住宅楼道里堆东西、电动车进楼充电、防火门被顶开、单元门被锁',
    first: '先提醒邻居、告诉物业；说了不改，打12345',
    number: '12345',
    steps: [
      { text: '自己的东西马上搬走；邻居的东西，客气地提醒一句：楼梯是全楼人共同的逃生路。' },
      { text: '告诉物业：住宅区的物业要维护管理共用的消防设施，提供消防安全防范服务（《消防法》第十八条）。' },
      { text: '告诉社区（居委会、村委会）：它们要进行防火安全检查（《消防法》第三十二条）。' },
      { text: `说了不改：拨打12345反映，${LOCAL_FIRE_LINE}`, call: '12345', mention: '96119' },
    ],
    photos: ['一张看清问题：堆的东西、停的车、拉下来的电线、被锁的门。', '一张看出位置：楼号、单元号、楼层牌。', '不要和人起冲突，不要闯进危险的地方。'],
    templateKind: '消防安全隐患',
    next: [FIRE_CHECK, HOTLINE],
    more: [
      { topic: 'life-passage', section: 'fix' },
      { topic: 'report-hazards', section: 'fire-hazards' },
    ],
  },
  {
    id: 'fire-lane',
    situation: '小区消防车道被车、地锁、摊位占着',
    first: '先告诉物业；解决不了，打12345',
    number: '12345',
    steps: [
      { text: '告诉物业：住宅区的物业要维护管理共用的消防设施，提供消防安全防范服务（《消防法》第十八条）。' },
      { text: `长期被占、物业解决不了：拨打12345反映，也可以向当地消防救援机构反映，${LOCAL_FIRE_LINE}`, call: '12345', mention: '96119' },
    ],
    photos: [
      '拍下占道的车和它的车牌：举报要有明确的对象。',
      '连同地上的黄色标线或“消防车道 禁止占用”字样一起拍，看得出这是消防车道。',
      '只拍车和地面，不拍路人的脸。',
    ],
    templateKind: '消防安全隐患',
    next: [FIRE_CHECK_OTHER, HOTLINE],
    more: [
      { topic: 'life-passage', section: 'fire-lane' },
      { topic: 'life-passage', section: 'report' },
    ],
  },
  {
    id: 'public-place',
    situation: '商店、饭店、网吧、宾馆锁了安全出口、堵了通道，或者窗户装了铁栅栏',
    first: '向消防部门举报：打12345',
    number: '12345',
    steps: [
      { text: '这些是火灾隐患，归消防部门管。' },
      { text: `拨打12345，${LOCAL_FIRE_LINE}`, call: '12345', mention: '96119' },
      { text: '提醒了也不改的生产经营单位，也可以拨打安全生产举报电话12350。', call: '12350' },
    ],
    photos: ['一张看出是哪家店：店招、门牌。', '一张看清问题：锁住的门、堵住的通道、封死的窗。', '注意自己的安全，不要和人起冲突。'],
    templateKind: '消防安全隐患',
    next: [FIRE_CHECK, HOTLINE],
    more: [
      { topic: 'crowded-places', section: 'spot-hazards' },
      { topic: 'report-hazards', section: 'fire-hazards' },
    ],
  },
  {
    id: 'workplace',
    situation: '我上班的工厂、工地、仓库里有安全隐患',
    first: '先告诉现场安全管理人员；不改，打12350',
    number: '12350',
    steps: [
      { text: '立即告诉现场的安全生产管理人员或者单位负责人（《安全生产法》第五十九条）。' },
      { text: '提醒了也不改：拨打安全生产举报电话12350，或者在微信里搜索“应急管理部安全生产举报”小程序举报。', call: '12350' },
      { text: '单位不能因为你举报就降低你的工资、福利，或者解除劳动合同（《安全生产法》第五十四条）。' },
    ],
    photos: ['拍下能看清问题和位置的照片或视频。', '不要进入危险的地方去拍。'],
    templateKind: '安全生产隐患',
    next: [
      '受理的部门核查以后要形成书面材料，需要整改的督促落实；不归它管的，转交有关部门（《安全生产法》第七十三条）。',
      '员工举报自己单位的，要留下真实姓名和有效的联系方式；应急管理部门受理后应当及时核查，并把核查、处理结果告诉举报人（《生产经营单位从业人员安全生产举报处理规定》第四条、第五条）。',
      '用“应急管理部安全生产举报”小程序举报的，可以随时查询办理进度。',
    ],
    more: [
      { topic: 'report-hazards', section: 'work-safety' },
      { topic: 'report-hazards', section: 'protection' },
    ],
  },
  {
    id: 'unsure',
    situation: '不紧急，不知道归谁管',
    first: '拨打12345',
    number: '12345',
    steps: [{ text: '不紧急的求助、咨询、投诉，不知道归哪个部门管，拨打12345政务服务便民热线。紧急的事不要打12345。', call: '12345' }],
    photos: ['拍一张能看清问题的照片，再拍一张能看出位置的。'],
    templateKind: '安全隐患',
    next: [HOTLINE],
    more: [{ topic: 'report-hazards', section: 'which-number' }],
  },
];

/** The rules and releases the page's steps, times, protection and rewards rest on (checked in the fact log). */
export const REPORT_SOURCES: Source[] = [
  {
    title: '《中华人民共和国安全生产法》（2021年修正）',
    publisher: '全国人民代表大会常务委员会',
    year: 2021,
    clause: '第五十四条、第五十九条、第七十三条、第七十四条、第七十六条',
    kind: 'law',
  },
  {
    title: '《中华人民共和国消防法》（2021年修正）',
    publisher: '全国人民代表大会常务委员会',
    year: 2021,
    clause: '第五条、第十八条、第三十二条、第四十四条、第四十九条',
    kind: 'law',
  },
  {
    title: '《消防监督检查规定》（公安部令第120号）：对举报投诉的消防安全违法行为进行实地核查的时限（河南省消防救援总队“检查事项和依据”引述）',
    publisher: '河南省消防救援总队',
    year: 2025,
    clause: '第十八条',
    url: 'http://ha.119.gov.cn/2025/05-28/3523466.html',
    kind: 'regulation',
  },
  {
    title: '消防安全违法行为可举报（金坛区消防救援大队答网友问：可拨打96119或12345举报，核查时限）',
    publisher: '金坛时报',
    year: 2021,
    clause: '2021年1月18日第3版',
    url: 'https://i.xpaper.net/JTSB008/news/5371/32883/162922-1.shtml',
    kind: 'official',
  },
  {
    title: '《消防安全违法行为举报投诉奖励规定》（应急消〔2019〕162号）',
    publisher: '应急管理部消防救援局',
    year: 2019,
    clause: '第二条、第三条、第四条',
    kind: 'regulation',
  },
  {
    title: '《安全生产领域举报奖励办法》（安监总财〔2018〕19号）',
    publisher: '国家安全生产监督管理总局、财政部',
    year: 2018,
    clause: '第三条、第四条',
    kind: 'regulation',
  },
  {
    title: '《生产经营单位从业人员安全生产举报处理规定》（应急〔2020〕69号）',
    publisher: '应急管理部',
    year: 2020,
    clause: '第四条、第五条',
    kind: 'regulation',
  },
  {
    title: '《国家安全监管总局关于保护生产安全事故和事故隐患举报人的意见》',
    publisher: '国家安全生产监督管理总局',
    year: 2013,
    clause: '第二条、第五条',
    kind: 'regulation',
  },
  {
    title: '国务院办公厅印发《关于进一步优化地方政务服务便民热线的指导意见》（热线受理与后台办理紧密衔接，确保合理诉求及时得到处置和办理）',
    publisher: '新华社',
    year: 2021,
    clause: '2021年1月6日电',
    kind: 'official',
  },
  { title: '《济南市12345市民服务热线条例》', publisher: '济南市人民代表大会常务委员会', year: 2018, clause: '第二十四条', kind: 'regulation' },
];
