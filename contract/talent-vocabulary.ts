// Words both sides of the talent board share, so that a challenge's skills and an expert's skills
// can meet: industry chains (the texts' 产业链), suggested skills per chain, availability, places.
import { z } from 'zod'
import { keysOf } from './define'

/** Industry chains named in the source texts (北仑、宁波、新昌). */
export const INDUSTRY_CHAINS = {
  nev: '新能源汽车',
  mould: '模具',
  ic: '集成电路',
  bearing: '精密轴承',
  low_altitude: '低空经济',
  robotics: '机器人与数控机床',
  materials: '高端新材料',
  petrochem: '绿色石化',
  textile: '智能纺机',
  hydrogen: '氢能',
} as const
export type IndustryChain = keyof typeof INDUSTRY_CHAINS
export const industryChainSchema = keysOf(INDUSTRY_CHAINS)

/** Skills offered as chips when posting or filling a profile; anything else may be typed. */
export const SUGGESTED_SKILLS: Record<IndustryChain | 'common', string[]> = {
  nev: ['一体化压铸', '轻量化设计', '电驱系统', '电池管理系统', '热管理', '碰撞仿真', '汽车电子'],
  mould: ['压铸模具设计', '注塑模具设计', '冲压模具', '模流分析', '模具钢', '表面强化', '模具再制造'],
  ic: ['芯片设计', '模拟电路', '功率半导体', '封装测试', '失效分析', '晶圆工艺'],
  bearing: ['轴承设计', '热处理', '磨削工艺', '摩擦学', '振动噪声分析', '寿命试验', '谐波减速器'],
  low_altitude: ['飞控系统', '无人机结构设计', '复合材料', '电推进', '双目视觉', '适航认证'],
  robotics: ['数控系统', '伺服控制', '机器视觉', '五轴加工', '工业机器人集成', '运动控制'],
  materials: ['高分子材料', '金属材料', '涂层技术', '材料表征', '粉末冶金'],
  petrochem: ['催化剂', '化工过程模拟', '工艺安全', '节能降碳', '生物基材料'],
  textile: ['纺机设计', '织造工艺', '电气控制', '出口认证'],
  hydrogen: ['燃料电池', '储氢', '电解水制氢'],
  common: ['数字化改造', 'MES', '工业互联网', '数据分析', '有限元分析', '精密检测', '质量管理'],
}

export const AVAILABILITY = {
  full_time: '可全职投入',
  part_time: '每周可投入 1–2 天',
  spare: '业余时间',
  busy: '暂不接单',
} as const
export type Availability = keyof typeof AVAILABILITY
export const availabilitySchema = keysOf(AVAILABILITY)

/** How a talent need (人才需求) wants the person: 全职、兼职、双聘（编制在高校院所、全职在企业科研）. */
export const NEED_MODES = { full_time: '全职', part_time: '兼职', dual: '双聘' } as const
export type NeedMode = keyof typeof NEED_MODES
export const needModeSchema = keysOf(NEED_MODES)

/** Where an expert is based (distance to the enterprise); 海外 has no distance. Coordinates GCJ-02. */
export const PLACES = {
  beilun: { label: '宁波北仑', lng: 121.844, lat: 29.899 },
  ningbo: { label: '宁波市区', lng: 121.55, lat: 29.874 },
  xinchang: { label: '绍兴新昌', lng: 120.904, lat: 29.499 },
  shaoxing: { label: '绍兴市区', lng: 120.58, lat: 30.03 },
  hangzhou: { label: '杭州', lng: 120.155, lat: 30.274 },
  shanghai: { label: '上海', lng: 121.473, lat: 31.23 },
  suzhou: { label: '苏州', lng: 120.585, lat: 31.299 },
  beijing: { label: '北京', lng: 116.407, lat: 39.904 },
  overseas: { label: '海外（远程）', lng: null, lat: null },
} as const
export type Place = keyof typeof PLACES
export const placeSchema = z.enum(Object.keys(PLACES) as [Place, ...Place[]])

export const AWARD_KINDS = { award: '揭榜奖金', budget: '项目预算' } as const
export const awardKindSchema = keysOf(AWARD_KINDS)

/** Why someone is not interested; each reason changes what is recommended next (see docs/features/talent.md, Recommendations). */
export const DISMISS_REASONS = {
  skills: '技能不对口',
  chain: '产业链不相关',
  distance: '距离太远',
  other: '其他原因',
} as const
export const dismissReasonSchema = keysOf(DISMISS_REASONS)

/** A skill as stored and compared: NFKC (全角 and 半角 meet), no spaces, Latin letters upper-case (MES, PLC). */
export const normalizeSkill = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase()
