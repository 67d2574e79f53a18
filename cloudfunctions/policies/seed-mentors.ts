import type { WeeklyHour } from '../../contract/policies'

// 青创导师 for the demo. The texts say 海曙 named 30-odd mentors — village secretaries (村支书),
// successful young founders (青创达人), agricultural instructors (农指员) — for 政策解读,
// 流量招引, 政策申报 and 技术攻关会诊. The people below are examples (示例): invented names and
// backgrounds of those kinds. The first is the demo account 青创导师 吴书记.

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

const LINGFENG = '灵峰社区党群服务中心二楼青创工作室'
const ONLINE = '线上（视频通话）'

export const SEED_MENTORS: SeedMentor[] = [
  {
    name: null,
    phone: '13812345609',
    field: '乡村振兴·政策申报',
    background: '村党支部书记，带领村集体发展农文旅项目十余年（示例）',
    intro: '熟悉入乡创业各类补贴的申报流程，帮你把材料一次备齐。',
    community: 'BL-LINGFENG',
    languages: ['普通话', '宁波话'],
    topics: ['policy', 'application'],
    hours: [
      { weekday: 2, start: '14:00', minutes: 60, place: LINGFENG },
      { weekday: 4, start: '19:00', minutes: 60, place: LINGFENG },
      { weekday: 6, start: '10:00', minutes: 60, place: ONLINE },
    ],
  },
  {
    name: '许晓蕾',
    phone: '13700001001',
    field: '电商直播·流量招引',
    background: '返乡青创达人，经营农产品直播间（示例）',
    intro: '从选品、短视频到直播间搭建，帮乡创项目把流量引进来。',
    community: null,
    languages: ['普通话'],
    topics: ['traffic', 'market'],
    hours: [
      { weekday: 3, start: '20:00', minutes: 60, place: ONLINE },
      { weekday: 6, start: '14:00', minutes: 60, place: ONLINE },
    ],
  },
  {
    name: '郑国平',
    phone: '13700001002',
    field: '农业技术·智慧农业',
    background: '农业技术指导员（农指员），从事果蔬种植指导二十年（示例）',
    intro: '种植技术、设施农业、病虫害防治，也可以上门看看你的地。',
    community: null,
    languages: ['普通话', '宁波话'],
    topics: ['tech'],
    hours: [{ weekday: 1, start: '09:00', minutes: 90, place: '古林镇农业服务站（示例）' }],
  },
  {
    name: '林思远',
    phone: '13700001003',
    field: '创业融资·人才贷',
    background: '银行小微金融客户经理（示例）',
    intro: '讲清人才贷、创业担保贷款的额度、利率和所需材料。',
    community: 'BL-LINGFENG',
    languages: ['普通话', '英语'],
    topics: ['finance', 'policy'],
    hours: [
      { weekday: 2, start: '12:00', minutes: 60, place: LINGFENG },
      { weekday: 5, start: '16:00', minutes: 60, place: LINGFENG },
    ],
  },
  {
    name: '王海燕',
    phone: '13700001004',
    field: '就业创业补贴申报',
    background: '人社系统基层经办人员（示例）',
    intro: '就业补贴、社保补贴、一次性创业补贴，哪个能申请、怎么申请。',
    community: 'BL-DAGANG',
    languages: ['普通话'],
    topics: ['application', 'policy'],
    hours: [{ weekday: 3, start: '14:30', minutes: 60, place: '大港工业社区党群服务中心（示例）' }],
  },
  {
    name: '陈立',
    phone: '13700001005',
    field: '知识产权·科技项目申报',
    background: '专利代理师，服务过数十家科技型中小企业（示例）',
    intro: '专利布局、科技项目和研发补助申报。',
    community: 'BL-JINCHUANG',
    languages: ['普通话'],
    topics: ['application', 'tech'],
    hours: [{ weekday: 4, start: '10:00', minutes: 60, place: '金创工业社区党群服务中心（示例）' }],
  },
  {
    name: '黄敏',
    phone: '13700001006',
    field: '民宿·农文旅运营',
    background: '经营乡村精品民宿的青创达人（示例）',
    intro: '民宿选址、装修到运营，怎么把山水和文化做成体验。',
    community: null,
    languages: ['普通话', '宁波话'],
    topics: ['market', 'traffic'],
    hours: [{ weekday: 7, start: '15:00', minutes: 60, place: ONLINE }],
  },
  {
    name: '周建华',
    phone: '13700001007',
    field: '模具与压铸技术',
    background: '模具企业技术负责人，参加模具工程师行业自主评审（示例）',
    intro: '模具设计、压铸工艺和技术难题会诊。',
    community: 'BL-LINGFENG',
    languages: ['普通话'],
    topics: ['tech'],
    hours: [{ weekday: 5, start: '19:00', minutes: 60, place: LINGFENG }],
  },
  {
    name: '赵一鸣',
    phone: '13700001008',
    field: '海外人才政策·出海',
    background: '海归创业者，在北仑创办外贸企业（示例）',
    intro: '海外青年人才在北仑落户、购房与创业的政策，以及外贸出海。',
    community: 'BL-WULIU',
    languages: ['普通话', '英语', '日语'],
    topics: ['policy', 'market'],
    hours: [{ weekday: 3, start: '19:30', minutes: 60, place: ONLINE }],
  },
  {
    name: '孙悦',
    phone: '13700001009',
    field: '财税与企业注册',
    background: '注册会计师（示例）',
    intro: '公司注册、记账报税和补贴资金的账务处理。',
    community: 'BL-QINGZHI',
    languages: ['普通话'],
    topics: ['finance', 'other'],
    hours: [{ weekday: 2, start: '16:00', minutes: 60, place: '青峙工业社区党群服务中心（示例）' }],
  },
  {
    name: '钱志刚',
    phone: '13700001010',
    field: '智能制造·数字化改造',
    background: '智能装备企业工程师（示例）',
    intro: '产线自动化、数字化改造方案和设备更新政策。',
    community: 'XC-CHENGTAN',
    languages: ['普通话'],
    topics: ['tech', 'application'],
    hours: [{ weekday: 4, start: '14:00', minutes: 90, place: '澄潭智能装备产业社区党群服务中心（示例）' }],
  },
]
