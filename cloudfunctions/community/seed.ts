import type { SeedCtx } from '../../server/core/feature'
import { MOTTO } from './motto'

// Communities the source texts (/work/shared/context/*.txt, BRIEF.md) name. Each fact says its text;
// what the texts do not give is marked 示例 where people see it (an address “（示例地址）”) or left
// empty (a street the texts do not name, a figure they do not give). Centres: GCJ-02, approximate,
// not surveyed: read them as 示例 (a community's centre only orders the picker by distance).
export const COMMUNITIES = [
  {
    // 000_…txt: “北仑区大碶街道灵峰工业社区党委书记”; 002_…txt: “北仑区大碶街道灵峰社区…为园区88家企业和2.6万名职工提供…服务”,
    // “2025年至今，社区累计协调解决设备更新、人才引进、用工招聘、政策咨询等企业诉求97件” (article of late 2025).
    code: 'BL-LINGFENG',
    name: '灵峰工业社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道灵峰工业社区党群服务中心',
    enterprises: 88,
    workers: 26000,
    intro:
      '服务园区 88 家企业、2.6 万名职工；据报道，2025 年至当年 10 月协调解决设备更新、人才引进、用工招聘、政策咨询等企业诉求 97 件。',
    lng: 121.7652,
    lat: 29.9215,
  },
  {
    // 002_…txt: “早在2008年，北仑便诞生了全国首个工业型产业社区——大港社区”; 003_…txt: “五场景十六法”.
    // The texts do not name its street.
    code: 'BL-DAGANG',
    name: '大港工业社区',
    district: '宁波市北仑区',
    street: '',
    address: '北仑区大港工业社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '2008 年诞生的全国首个工业型产业社区；总结提炼红明企服“五场景十六法”。',
    lng: 121.8455,
    lat: 29.8998,
  },
  {
    // 000_…txt: 青峙工业社区 built a 党群服务站 on the 环洋碳三产业链循环经济产业园 site (绿色石化).
    // The texts do not name its street (it is not said to be in 大碶); the centre, near 霞浦, is 示例.
    code: 'BL-QINGZHI',
    name: '青峙工业社区',
    district: '宁波市北仑区',
    street: '',
    address: '北仑区青峙工业社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '把党群服务站建在绿色石化产业链项目上，为建设工地上的企业职工送防暑降温物资和免费按摩服务。',
    lng: 121.8812,
    lat: 29.9341,
  },
  {
    // 000_…txt: “新能源车出口监管模式集成创新”, 2024 年浙江自贸试验区第一批省级制度创新案例. Street not in the texts.
    code: 'BL-JINCHUANG',
    name: '金创工业社区',
    district: '宁波市北仑区',
    street: '',
    address: '北仑区金创工业社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '“新能源车出口监管模式集成创新”入选 2024 年浙江自贸试验区第一批省级制度创新案例。',
    lng: 121.7923,
    lat: 29.8806,
  },
  {
    // 000_…txt: 横河、灵峰、榭北等工业社区党组织“跨街道”牵线搭桥 — a street of its own is not named.
    code: 'BL-XIEBEI',
    name: '榭北工业社区',
    district: '宁波市北仑区',
    street: '',
    address: '北仑区榭北工业社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '与横河、灵峰等工业社区党组织跨街道牵线搭桥，促成新能源汽车压铸企业共同体。',
    lng: 121.8088,
    lat: 29.8702,
  },
  {
    // 003_…txt: 物流工业社区 “集卡司机全生命周期服务”, 市级标准化试点项目. Street not in the texts.
    code: 'BL-WULIU',
    name: '物流工业社区',
    district: '宁波市北仑区',
    street: '',
    address: '北仑区物流工业社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '探索推进“集卡司机全生命周期服务”，列入市级标准化试点项目。',
    lng: 121.9015,
    lat: 29.9302,
  },
  {
    // 002_…txt: “面对557家企业、超万名常住职工的需求，大碶横河社区整合…打造‘15分钟服务圈’”. Its workers are
    // given only as 超万名 (no number): `workers` stays empty and the intro says 超万名.
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
    // 004_…txt: 澄潭街道党工委; 800余家企业、3万余名产业工人; 7名专职社工; 5个网格; “累计协调解决用地、环评、技术攻关等
    // 难题120余个” — inside 新昌's county-wide 167 across three chains (“企呼我应”), which is not this community's.
    code: 'XC-CHENGTAN',
    name: '澄潭智能装备产业社区',
    district: '绍兴市新昌县',
    street: '澄潭街道',
    address: '新昌县澄潭街道智能装备产业社区党群服务中心',
    enterprises: 800,
    workers: 30000,
    intro:
      '800 余家企业、3 万余名职工；7 名专职社工、30 人服务团队、5 个网格，一社工一网格；“企业报需、社区吹哨、政府接单”，累计协调解决用地、环评、技术攻关等难题 120 余个。',
    lng: 120.8712,
    lat: 29.4523,
  },
  // 大碶街道's residential communities the texts name (001_…txt), with their stations of the 1+8+N network.
  {
    // 001_…txt: “大碶街道太白社区的‘延时餐厅’…延时营业至14点，还提供就餐6.8折、免费热水、骑手专属休息区、免费充电”.
    code: 'BL-TAIBAI',
    name: '太白社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道太白社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '“延时餐厅”为骑手延时营业至 14 点，就餐 6.8 折，免费热水、骑手专属休息区、免费充电。',
    lng: 121.7885,
    lat: 29.8791,
  },
  {
    // 001_…txt: 岩河社区党群服务中心, 省级示范党群服务中心: 居民会客厅、夜市、青年夜校、社群活动; “碶上集·岩河里”.
    code: 'BL-YANHE',
    name: '岩河社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道岩河社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '省级示范党群服务中心：居民会客厅可以喝咖啡看书，还有夜市、青年夜校和缤纷多彩的社群活动。',
    lng: 121.7752,
    lat: 29.8893,
  },
  {
    // 001_…txt: “富春社区等7个社区注册成立强社公司”.
    code: 'BL-FUCHUN',
    name: '富春社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道富春社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '大碶街道注册成立强社公司的社区之一。',
    lng: 121.7838,
    lat: 29.8862,
  },
  {
    // 001_…txt: “推进学苑、丁山等4个社区‘碶上集’党群服务阵地微营造”; “学苑未来社区焕新启动”.
    code: 'BL-XUEYUAN',
    name: '学苑社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道学苑社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '“碶上集”党群服务阵地微营造社区之一；学苑未来社区焕新启动。',
    lng: 121.7702,
    lat: 29.8815,
  },
  {
    // 001_…txt: 丁山, one of the 4 “碶上集” communities.
    code: 'BL-DINGSHAN',
    name: '丁山社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道丁山社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '“碶上集”党群服务阵地微营造社区之一。',
    lng: 121.7968,
    lat: 29.8705,
  },
  {
    // 001_…txt: 清泰社区 hosted a 大碶街道 片区党建引领社会治理 session.
    code: 'BL-QINGTAI',
    name: '清泰社区',
    district: '宁波市北仑区',
    street: '大碶街道',
    address: '北仑区大碶街道清泰社区党群服务中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '大碶街道片区党建引领社会治理的社区之一。',
    lng: 121.7605,
    lat: 29.8858,
  },
  {
    // 000_…txt: 海曙区“乡约菁才”行动: 推出“乡创中心”链接资本和资源; 30余名青创导师; 12 个青年入乡实践站点;
    // 累计培育储备“新农人”5334 人，入乡青创客 874 名; 首届乡村创新创业项目洽接会在龙观乡举办.
    code: 'HS-XIANGCHUANG',
    name: '海曙乡创中心',
    district: '宁波市海曙区',
    street: '',
    address: '海曙区乡创中心（示例地址）',
    enterprises: null,
    workers: null,
    intro: '“乡约菁才”行动：30 余名青创导师、12 个青年入乡实践站点；累计培育储备“新农人”5334 人，入乡青创客 874 名。',
    lng: 121.4603,
    lat: 29.8311,
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
