import type { SeedCtx } from '../../server/core/feature'
import { MOTTO } from './motto'

// Industrial communities named in the source texts (BRIEF.md). Coordinates: GCJ-02, approximate.
export const COMMUNITIES = [
  {
    code: 'BL-LINGFENG',
    name: '灵峰工业社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道灵峰工业社区党群服务中心',
    enterprises: 88,
    workers: 26000,
    intro: '服务园区 88 家企业、2.6 万名职工；2025 年协调解决企业诉求 97 件。',
    lng: 121.7652,
    lat: 29.9215,
  },
  {
    code: 'BL-DAGANG',
    name: '大港工业社区',
    district: '宁波市北仑区',
    street: '新碶街道',
    address: '北仑区新碶街道大港工业社区党群服务中心',
    enterprises: null,
    workers: null,
    intro: '2008 年诞生的全国首个工业型产业社区；总结提炼红明企服“五场景十六法”。',
    lng: 121.8455,
    lat: 29.8998,
  },
  {
    code: 'BL-QINGZHI',
    name: '青峙工业社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道青峙工业社区党群服务中心',
    enterprises: null,
    workers: null,
    intro: '北仑 13 个工业社区之一，服务临港企业与一线职工。',
    lng: 121.8812,
    lat: 29.9341,
  },
  {
    code: 'BL-JINCHUANG',
    name: '金创工业社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道金创工业社区党群服务中心',
    enterprises: null,
    workers: null,
    intro: '北仑 13 个工业社区之一，“有事必到、无事不扰”。',
    lng: 121.7923,
    lat: 29.8806,
  },
  {
    code: 'BL-XIEBEI',
    name: '榭北工业社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道榭北工业社区党群服务中心',
    enterprises: null,
    workers: null,
    intro: '北仑 13 个工业社区之一。',
    lng: 121.8088,
    lat: 29.8702,
  },
  {
    code: 'BL-WULIU',
    name: '物流工业社区',
    district: '宁波市北仑区',
    street: '霞浦街道',
    address: '北仑区霞浦街道物流工业社区党群服务中心',
    enterprises: null,
    workers: null,
    intro: '服务物流园区的企业、货车司机与快递小哥。',
    lng: 121.9015,
    lat: 29.9302,
  },
  {
    code: 'BL-HENGHE',
    name: '横河工业社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道横河工业社区党群服务中心',
    enterprises: 557,
    workers: null,
    intro: '面对 557 家企业、超万名常住职工，整合用工平台、技能培训、子女托育、医疗服务等资源，打造“15分钟服务圈”。',
    lng: 121.7581,
    lat: 29.8937,
  },
  {
    code: 'XC-CHENGTAN',
    name: '澄潭智能装备产业社区',
    district: '绍兴市新昌县',
    street: '澄潭街道',
    address: '新昌县澄潭街道智能装备产业社区党群服务中心',
    enterprises: 800,
    workers: 30000,
    intro:
      '800 余家企业、3 万余名职工；7 名专职社工、30 人服务团队、5 个网格，一社工一网格；“企业报需、社区吹哨、政府接单”。',
    lng: 120.8712,
    lat: 29.4523,
  },
] as const

/** Communities are upserted by code: the seed's figures stay what the source texts say. */
export async function seedCommunities({ db }: SeedCtx) {
  for (const c of COMMUNITIES) {
    await db
      .insertInto('communities')
      .values({ ...c, motto: MOTTO })
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...c, motto: MOTTO }))
      .execute()
  }
  return { communities: COMMUNITIES.length }
}
