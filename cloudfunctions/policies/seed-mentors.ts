import type { WeeklyHour } from '../../contract/policies'

// 青创导师 for the demo, all of 海曙 (000_…txt: 海曙 “组织优秀村支书、青创达人、农指员等30余名专业人士担任
// ‘青创导师’，通过政策解读沙龙、技术攻关会诊等方式靶向解决流量招引、政策申报等问题”): 32 of them, in the
// 海曙乡创中心 community. The people, backgrounds and hours are examples (示例): invented names of those
// kinds, marked （示例）. The first is the demo account 青创导师 吴书记.

export interface SeedMentor {
  /** null: the demo mentor account (seeded by the user feature). */
  name: string | null
  phone: string
  field: string
  background: string
  intro: string
  community: string | null
  languages: string[]
  topics: string[]
  hours: WeeklyHour[]
}

const STUDIO = '海曙乡创中心青创工作室（示例）'
const ONLINE = '线上（视频通话）'
const HAISHU = 'HS-XIANGCHUANG'

const KINDS: [background: string, field: string, topics: SeedMentor['topics'], intro: string][] = [
  [
    '村党支部书记（示例）',
    '村集体经营·乡创项目落地',
    ['policy', 'application'],
    '帮青创项目对接村里的场地、资源和政策。',
  ],
  ['返乡青创达人（示例）', '农产品电商·流量招引', ['traffic', 'market'], '短视频、直播和社群运营，把流量引进来。'],
  [
    '农业技术指导员（农指员）（示例）',
    '种养技术·技术攻关会诊',
    ['tech', 'other'],
    '种植、养殖和设施农业的技术问题会诊。',
  ],
]
const FAMILY = '俞邱樊应鲍竺毛史虞裘胡周李王陈张'
const GIVEN_NAMES = ['立群', '晓燕', '国庆', '海波', '丽君', '建军', '文杰', '雅琴', '志明', '春燕', '卫东', '佳怡']
const MORE_MENTORS = (): SeedMentor[] =>
  Array.from({ length: 21 }, (_, i) => {
    const [background, field, topics, intro] = KINDS[i % KINDS.length]
    return {
      name: `${FAMILY[i % FAMILY.length]}${GIVEN_NAMES[(i * 5) % GIVEN_NAMES.length]}（示例）`,
      phone: `137000011${String(i).padStart(2, '0')}`,
      field,
      background,
      intro,
      community: HAISHU,
      languages: ['普通话'],
      topics,
      hours: [{ weekday: (i % 7) + 1, start: i % 2 ? '19:00' : '14:00', minutes: 60, place: i % 3 ? ONLINE : STUDIO }],
    }
  })

export const SEED_MENTORS: SeedMentor[] = [
  {
    name: null,
    phone: '13812345609',
    field: '乡村振兴·政策申报',
    background: '村党支部书记，带领村集体发展农文旅项目十余年（示例）',
    intro: '熟悉入乡创业各类补贴的申报流程，帮你把材料一次备齐。',
    community: HAISHU,
    languages: ['普通话', '宁波话'],
    topics: ['policy', 'application'],
    hours: [
      { weekday: 2, start: '14:00', minutes: 60, place: STUDIO },
      { weekday: 4, start: '19:00', minutes: 60, place: STUDIO },
      { weekday: 6, start: '10:00', minutes: 60, place: ONLINE },
    ],
  },
  {
    name: '许晓蕾（示例）',
    phone: '13700001001',
    field: '电商直播·流量招引',
    background: '返乡青创达人，经营农产品直播间（示例）',
    intro: '从选品、短视频到直播间搭建，帮乡创项目把流量引进来。',
    community: HAISHU,
    languages: ['普通话'],
    topics: ['traffic', 'market'],
    hours: [
      { weekday: 3, start: '20:00', minutes: 60, place: ONLINE },
      { weekday: 6, start: '14:00', minutes: 60, place: ONLINE },
    ],
  },
  {
    name: '郑国平（示例）',
    phone: '13700001002',
    field: '农业技术·智慧农业',
    background: '农业技术指导员（农指员），从事果蔬种植指导二十年（示例）',
    intro: '种植技术、设施农业、病虫害防治，也可以上门看看你的地。',
    community: HAISHU,
    languages: ['普通话', '宁波话'],
    topics: ['tech'],
    hours: [{ weekday: 1, start: '09:00', minutes: 90, place: STUDIO }],
  },
  {
    name: '林思远（示例）',
    phone: '13700001003',
    field: '创业融资·人才贷',
    background: '银行小微金融客户经理（示例）',
    intro: '讲清人才贷、创业担保贷款的额度、利率和所需材料。',
    community: HAISHU,
    languages: ['普通话', '英语'],
    topics: ['finance', 'policy'],
    hours: [
      { weekday: 2, start: '12:00', minutes: 60, place: STUDIO },
      { weekday: 5, start: '16:00', minutes: 60, place: STUDIO },
    ],
  },
  {
    name: '王海燕（示例）',
    phone: '13700001004',
    field: '就业创业补贴申报',
    background: '人社系统基层经办人员（示例）',
    intro: '就业补贴、社保补贴、一次性创业补贴，哪个能申请、怎么申请。',
    community: HAISHU,
    languages: ['普通话'],
    topics: ['application', 'policy'],
    hours: [{ weekday: 3, start: '14:30', minutes: 60, place: STUDIO }],
  },
  {
    name: '陈立（示例）',
    phone: '13700001005',
    field: '知识产权·科技项目申报',
    background: '专利代理师，服务过数十家科技型中小企业（示例）',
    intro: '专利布局、科技项目和研发补助申报。',
    community: HAISHU,
    languages: ['普通话'],
    topics: ['application', 'tech'],
    hours: [{ weekday: 4, start: '10:00', minutes: 60, place: STUDIO }],
  },
  {
    name: '黄敏（示例）',
    phone: '13700001006',
    field: '民宿·农文旅运营',
    background: '经营乡村精品民宿的青创达人（示例）',
    intro: '民宿选址、装修到运营，怎么把山水和文化做成体验。',
    community: HAISHU,
    languages: ['普通话', '宁波话'],
    topics: ['market', 'traffic'],
    hours: [{ weekday: 7, start: '15:00', minutes: 60, place: ONLINE }],
  },
  {
    name: '周建华（示例）',
    phone: '13700001007',
    field: '模具与压铸技术',
    background: '模具企业技术负责人，参加模具工程师行业自主评审（示例）',
    intro: '模具设计、压铸工艺和技术难题会诊。',
    community: HAISHU,
    languages: ['普通话'],
    topics: ['tech'],
    hours: [{ weekday: 5, start: '19:00', minutes: 60, place: STUDIO }],
  },
  {
    name: '赵一鸣（示例）',
    phone: '13700001008',
    field: '海外人才政策·出海',
    background: '海归创业者，在北仑创办外贸企业（示例）',
    intro: '海外青年人才在北仑落户、购房与创业的政策，以及外贸出海。',
    community: HAISHU,
    languages: ['普通话', '英语', '日语'],
    topics: ['policy', 'market'],
    hours: [{ weekday: 3, start: '19:30', minutes: 60, place: ONLINE }],
  },
  {
    name: '孙悦（示例）',
    phone: '13700001009',
    field: '财税与企业注册',
    background: '注册会计师（示例）',
    intro: '公司注册、记账报税和补贴资金的账务处理。',
    community: HAISHU,
    languages: ['普通话'],
    topics: ['finance', 'other'],
    hours: [{ weekday: 2, start: '16:00', minutes: 60, place: STUDIO }],
  },
  {
    name: '钱志刚（示例）',
    phone: '13700001010',
    field: '智能制造·数字化改造',
    background: '智能装备企业工程师（示例）',
    intro: '产线自动化、数字化改造方案和设备更新政策。',
    community: HAISHU,
    languages: ['普通话'],
    topics: ['tech', 'application'],
    hours: [{ weekday: 4, start: '14:00', minutes: 90, place: STUDIO }],
  },
  ...MORE_MENTORS(),
]
