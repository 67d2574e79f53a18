import type { Availability, IndustryChain, Place } from '../../contract/talent-vocabulary'

// The demo's current board: experts, open challenges and talent needs of the example enterprises
// (示例). People, institutions and challenges are invented; chains and skills are the texts'.

export const DEMO_TERMS =
  '揭榜方须对榜单详情中的技术资料、试验数据和企业信息保密，未经发榜企业书面同意，不得向第三方披露或用于本榜单以外的用途；保密期自同意之日起三年。'

export interface DemoExpert {
  name: string
  field: string
  institution: string
  title: string
  skills: string[]
  chains: IndustryChain[]
  place: Place
  availability: Availability
  dual: boolean
  languages: string[]
  achievements: string
}

/** The demo account 专家 周教授's own profile. */
export const PROFESSOR_ZHOU: Omit<DemoExpert, 'name'> = {
  field: '智能制造',
  institution: '宁波大学（示例）',
  title: '教授',
  skills: ['数字化改造', '工业互联网', '机器视觉', '数控系统', '数据分析'],
  chains: ['robotics', 'nev'],
  place: 'ningbo',
  availability: 'part_time',
  dual: true,
  languages: ['中文', '英语'],
  achievements: '主持企业数字化车间改造项目多项（示例）。',
}

const e = (
  name: string,
  field: string,
  institution: string,
  title: string,
  skills: string,
  chains: string,
  place: Place,
  availability: Availability,
  dual: boolean,
  languages = '中文',
): DemoExpert => ({
  name,
  field,
  institution,
  title,
  skills: skills.split('、'),
  chains: chains.split(' ') as IndustryChain[],
  place,
  availability,
  dual,
  languages: languages.split('、'),
  achievements: '',
})

export const DEMO_EXPERTS: DemoExpert[] = [
  e(
    '俞晓东（示例）',
    '摩擦学',
    '浙江大学（示例）',
    '教授',
    '摩擦学、轴承设计、寿命试验',
    'bearing',
    'hangzhou',
    'part_time',
    true,
    '中文、英语',
  ),
  e(
    '陈立军（示例）',
    '材料成型',
    '浙大宁波理工学院（示例）',
    '教授',
    '压铸模具设计、模流分析、一体化压铸、模具钢',
    'mould nev',
    'ningbo',
    'part_time',
    true,
  ),
  e(
    '吴国平（示例）',
    '轴承检测',
    '轴承质量检测中心（示例）',
    '高级工程师',
    '精密检测、寿命试验、振动噪声分析',
    'bearing',
    'xinchang',
    'part_time',
    true,
  ),
  e(
    '郑宇（示例）',
    '飞行器设计',
    '浙江大学航空航天学院（示例）',
    '副教授',
    '飞控系统、无人机结构设计、复合材料',
    'low_altitude',
    'hangzhou',
    'part_time',
    true,
  ),
  e(
    '陈曦（示例）',
    '机器视觉',
    '天姥山航空研究院（示例）',
    '工程师',
    '双目视觉、机器视觉、飞控系统',
    'low_altitude robotics',
    'xinchang',
    'full_time',
    true,
  ),
  e(
    '沈俊（示例）',
    '数控技术',
    '浙大宁波理工学院（示例）',
    '教授',
    '数控系统、伺服控制、运动控制',
    'robotics',
    'ningbo',
    'part_time',
    true,
  ),
  e(
    '任磊（示例）',
    '智能制造',
    '智能制造服务商（示例）',
    '项目经理',
    '数字化改造、MES、工业互联网',
    'robotics',
    'ningbo',
    'full_time',
    false,
  ),
  e(
    'Hans Müller（德国，示例）',
    '数控机床',
    '德国机床企业（示例）',
    '工程师',
    '五轴加工、数控系统',
    'robotics',
    'overseas',
    'part_time',
    false,
    '德语、英语',
  ),
  e(
    '王海涛（示例）',
    '表面工程',
    '北航宁波创新研究院（示例）',
    '研究员',
    '表面强化、模具再制造、涂层技术',
    'mould materials',
    'ningbo',
    'part_time',
    true,
  ),
  e(
    '许琳（示例）',
    '微电子',
    '宁波大学信息学院（示例）',
    '教授',
    '模拟电路、芯片设计、功率半导体',
    'ic',
    'ningbo',
    'part_time',
    true,
    '中文、英语',
  ),
]

export interface DemoChallenge {
  /** An example enterprise of the accounts seed, by name. */
  enterprise: string
  title: string
  summary: string
  chain: IndustryChain
  skills: string[]
  awardKind: 'award' | 'budget'
  awardYuan: number
  daysLeft: number
  problem: string
  goals: string
  criteria: string
  /** Demo experts (by name) who have taken it. */
  takenBy: string[]
}

export const DEMO_CHALLENGES: DemoChallenge[] = [
  {
    enterprise: '宁波灵峰精密机械有限公司（示例）',
    title: '新能源汽车电驱轴承早期点蚀失效分析',
    summary: '电驱轴承台架试验出现早期点蚀，寻求失效机理分析与设计改进方案。',
    chain: 'bearing',
    skills: ['轴承设计', '摩擦学', '寿命试验'],
    awardKind: 'award',
    awardYuan: 200000,
    daysLeft: 40,
    problem: '6208 型电驱轴承在 15000 rpm、120℃ 台架试验约 300 小时后内圈出现点蚀，油品与装配已排查。',
    goals: '查明失效机理，提出材料、热处理或结构改进，寿命提升至 1000 小时以上。',
    criteria: '第三方台架试验 3 套样品均超过 1000 小时无点蚀。',
    takenBy: ['俞晓东（示例）'],
  },
  {
    enterprise: '宁波灵峰精密机械有限公司（示例）',
    title: '轴承车间设备联网与数字化改造',
    summary: '60 台磨床与检测设备数据未联网，寻求设备联网与生产数据看板方案。',
    chain: 'robotics',
    skills: ['数字化改造', '工业互联网', '数据分析'],
    awardKind: 'budget',
    awardYuan: 150000,
    daysLeft: 30,
    problem: '现有磨床为三个品牌、四种控制系统，部分设备无以太网口；质量数据靠纸质记录。',
    goals: '三个月内实现全部设备联网、稼动率与质量数据实时看板。',
    criteria: '连续 30 天数据采集完整率 ≥ 98%，看板数据与人工抽检一致。',
    takenBy: [],
  },
  {
    enterprise: '宁波港城模具科技有限公司（示例）',
    title: '一体化压铸模具热裂纹控制与寿命提升',
    summary: '大型一体化压铸模具在 5 万模次前出现热裂纹，寻求设计、材料与表面处理的联合方案。',
    chain: 'mould',
    skills: ['压铸模具设计', '模流分析', '模具钢', '表面强化'],
    awardKind: 'award',
    awardYuan: 300000,
    daysLeft: 45,
    problem: '6000 吨级后底板模具在 3.5 万模次时浇口附近出现网状热裂纹，现用模具钢为 H13 改良型。',
    goals: '模具寿命达到 8 万模次以上，维修间隔延长一倍。',
    criteria: '量产验证 8 万模次，热裂纹深度 ≤ 0.3 mm。',
    takenBy: ['陈立军（示例）'],
  },
  {
    enterprise: '宁波港城模具科技有限公司（示例）',
    title: '注塑模具随形冷却水路设计',
    summary: '汽车内饰件注塑周期偏长，寻求随形冷却水路设计与验证。',
    chain: 'mould',
    skills: ['注塑模具设计', '模流分析'],
    awardKind: 'award',
    awardYuan: 80000,
    daysLeft: 25,
    problem: '门板内饰件成型周期 58 秒，其中冷却 35 秒，局部热点导致翘曲。',
    goals: '成型周期缩短 15% 以上，翘曲合格率 ≥ 99%。',
    criteria: '试模 500 模次数据达标。',
    takenBy: [],
  },
  {
    enterprise: '新昌澄潭智能装备有限公司（示例）',
    title: '植保无人机双目视觉避障算法',
    summary: '植保无人机在林区低空飞行避障失败率偏高，寻求双目避障算法改进。',
    chain: 'low_altitude',
    skills: ['双目视觉', '飞控系统'],
    awardKind: 'award',
    awardYuan: 150000,
    daysLeft: 50,
    problem: '逆光与细小枝条场景下深度估计失败，飞控避障响应延迟约 400 ms。',
    goals: '细枝（直径 ≥ 1 cm）避障成功率 ≥ 98%，响应延迟 ≤ 150 ms。',
    criteria: '第三方外场测试 200 架次达标。',
    takenBy: [],
  },
  {
    enterprise: '新昌县轴承配件有限公司（示例）',
    title: '机器人谐波减速器柔轮疲劳寿命提升',
    summary: '柔轮疲劳寿命不足进口件一半，寻求材料与结构联合攻关。',
    chain: 'bearing',
    skills: ['谐波减速器', '寿命试验', '金属材料'],
    awardKind: 'award',
    awardYuan: 250000,
    daysLeft: 60,
    problem: '额定负载下柔轮约 4000 小时出现齿根裂纹，材料为 40CrNiMoA。',
    goals: '寿命达到 10000 小时。',
    criteria: '加速寿命试验 3 件样品达标。',
    takenBy: [],
  },
]

export interface DemoNeed {
  enterprise: string
  role: string
  chain: IndustryChain
  skills: string[]
  mode: 'full_time' | 'part_time' | 'dual'
  place: string
  description: string
}

export const DEMO_NEEDS: DemoNeed[] = [
  {
    enterprise: '宁波灵峰精密机械有限公司（示例）',
    role: '轴承摩擦学研究员',
    chain: 'bearing',
    skills: ['摩擦学', '寿命试验'],
    mode: 'dual',
    place: '北仑灵峰工业社区',
    description: '编制在高校院所、全职在企业科研，牵头电驱轴承寿命研究。',
  },
  {
    enterprise: '宁波灵峰精密机械有限公司（示例）',
    role: '数字化改造顾问',
    chain: 'robotics',
    skills: ['数字化改造', '工业互联网'],
    mode: 'part_time',
    place: '北仑灵峰工业社区',
    description: '每月到厂 2–4 天，指导车间数字化改造。',
  },
  {
    enterprise: '宁波港城模具科技有限公司（示例）',
    role: '模具 CAE 工程师',
    chain: 'mould',
    skills: ['模流分析', '有限元分析'],
    mode: 'full_time',
    place: '北仑灵峰工业社区',
    description: '负责压铸与注塑模具的模流与结构仿真。',
  },
  {
    enterprise: '新昌澄潭智能装备有限公司（示例）',
    role: '飞控算法工程师',
    chain: 'low_altitude',
    skills: ['飞控系统', '双目视觉'],
    mode: 'part_time',
    place: '新昌澄潭',
    description: '参与植保无人机飞控与避障算法迭代。',
  },
]
