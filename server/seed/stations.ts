import type { Transaction } from 'kysely'
import type { Facility, StationEdit, Tier } from '../../contract/stations'
import { parseHours } from '../../cloudfunctions/stations/domain/csv'
import { saveStation } from '../../cloudfunctions/stations/domain/save'
import type { DB } from '../db/schema'

// 大碶街道's 1+8+N rider network (1 main station, 8 community sub-stations, N caring merchants)
// and stations across Beilun's industrial communities. Coordinates: GCJ-02, plausible, not surveyed.
type Seed = [code: string, name: string, tier: Tier, community: string, address: string, lng: number, lat: number,
  hours: string, facilities: Facility[], extra?: Partial<StationEdit>]

const BASIC: Facility[] = ['phone_charging', 'hot_water', 'seating', 'toilet']
const FULL: Facility[] = [...BASIC, 'ebike_charging', 'microwave', 'air_conditioning', 'first_aid', 'rain_gear', 'wifi']

const STATIONS: Seed[] = [
  ['DQ-00', '大碶街道骑手驿站（总站）', 'main_station', 'BL-JINCHUANG', '北仑区大碶街道庐山西路 88 号', 121.7952, 29.8843, '', [...FULL, 'nursing_room'],
    { open24h: true, operator: '大碶街道总工会', phone: '0574-86100001', afterHoursEntry: '夜间按门铃，值班员开门', riderOffers: '骑手凭工牌免费热水、充电；周三送爱心餐' }],
  ['DQ-01', '太白社区骑手驿站·延时餐厅', 'sub_station', 'BL-JINCHUANG', '北仑区大碶街道太白路 25 号太白社区党群服务站', 121.7885, 29.8791, '1-7 07:00-14:00; 1-7 17:00-21:00', [...BASIC, 'microwave', 'canteen', 'air_conditioning'],
    { operator: '太白社区', phone: '0574-86100011', riderOffers: '延时餐厅营业至 14:00，骑手用餐 6.8 折，热水免费，休息区和充电免费' }],
  ['DQ-02', '璎珞社区骑手分站', 'sub_station', 'BL-JINCHUANG', '北仑区大碶街道璎珞河路 6 号', 121.8031, 29.8902, '1-5 08:00-20:00; 6,7 09:00-18:00', [...BASIC, 'ebike_charging'], { operator: '璎珞社区' }],
  ['DQ-03', '九峰社区骑手分站', 'sub_station', 'BL-XIEBEI', '北仑区大碶街道九峰山路 120 号', 121.8112, 29.8645, '1-7 08:00-20:00', [...BASIC, 'rain_gear', 'first_aid'], { operator: '九峰社区' }],
  ['DQ-04', '高塘社区骑手分站', 'sub_station', 'BL-XIEBEI', '北仑区大碶街道高塘路 45 号', 121.8176, 29.8758, '1-7 08:30-20:30', [...BASIC, 'microwave'], { operator: '高塘社区' }],
  ['DQ-05', '横杨社区骑手分站', 'sub_station', 'BL-QINGZHI', '北仑区大碶街道横杨路 200 号', 121.8321, 29.8987, '1-5 08:00-21:00; 6,7 10:00-18:00', [...BASIC, 'wifi'], { operator: '横杨社区' }],
  ['DQ-06', '灵山社区骑手分站', 'sub_station', 'BL-JINCHUANG', '北仑区大碶街道灵山路 18 号', 121.7798, 29.8712, '1-7 18:00-02:00', [...BASIC, 'ebike_charging'],
    { operator: '灵山社区', afterHoursEntry: '夜班开放，扫门口二维码进入', riderOffers: '夜班骑手免费充电' }],
  ['DQ-07', '新碶大碶交界骑手分站', 'sub_station', 'BL-DAGANG', '北仑区新碶街道长江路 1088 号', 121.8402, 29.8975, '1-7 07:00-22:00', [...BASIC, 'ebike_charging', 'air_conditioning'], { operator: '大港工业社区' }],
  ['DQ-08', '青峙社区骑手分站', 'sub_station', 'BL-QINGZHI', '北仑区大碶街道青峙工业区纬二路 9 号', 121.8790, 29.9318, '1-6 08:00-18:00', [...BASIC, 'first_aid'], { operator: '青峙工业社区' }],
  ['DQ-N1', '爱心商家·阿强面馆', 'caring_merchant', 'BL-JINCHUANG', '北仑区大碶街道庐山西路 102 号', 121.7969, 29.8851, '1-7 06:30-21:00', ['hot_water', 'phone_charging', 'microwave', 'seating'],
    { operator: '阿强面馆', riderOffers: '骑手加面免费，热水随取' }],
  ['DQ-N2', '爱心商家·便利蜂大碶店', 'caring_merchant', 'BL-JINCHUANG', '北仑区大碶街道金城路 3 号', 121.7921, 29.8822, '', ['hot_water', 'phone_charging', 'microwave', 'toilet'],
    { open24h: true, operator: '便利蜂', riderOffers: '骑手购饮品 9 折' }],
  ['DQ-N3', '爱心商家·小蜜蜂电动车行', 'caring_merchant', 'BL-XIEBEI', '北仑区大碶街道高塘路 8 号', 121.8155, 29.8741, '1-7 08:00-19:00', ['ebike_charging', 'rain_gear', 'seating'],
    { operator: '小蜜蜂电动车行', riderOffers: '骑手补胎免工时费，换电 8 折' }],
  ['DQ-N4', '爱心商家·同心药房', 'caring_merchant', 'BL-JINCHUANG', '北仑区大碶街道太白路 60 号', 121.7876, 29.8808, '1-7 08:00-22:00', ['first_aid', 'hot_water', 'seating'], { operator: '同心药房' }],
  ['DQ-N5', '爱心商家·城北汽修', 'caring_merchant', 'BL-QINGZHI', '北仑区大碶街道横杨路 150 号', 121.8288, 29.8952, '1-6 08:00-18:00', ['phone_charging', 'hot_water', 'toilet'], { operator: '城北汽修' }],
  ['LF-01', '灵峰工业社区党群服务中心', 'community_center', 'BL-LINGFENG', '北仑区小港街道灵峰工业社区党群服务中心', 121.7652, 29.9215, '1-5 08:30-17:30', [...BASIC, 'air_conditioning', 'wifi', 'nursing_room', 'first_aid'],
    { operator: '灵峰工业社区', phone: '0574-86200001' }],
  ['LF-02', '灵峰红领驿站', 'red_post', 'BL-LINGFENG', '北仑区小港街道纬一路 66 号', 121.7701, 29.9252, '1-7 07:00-23:00', [...BASIC, 'microwave', 'ebike_charging'], { operator: '灵峰工业社区' }],
  ['LF-03', '小港户外劳动者服务站', 'outdoor_worker', 'BL-LINGFENG', '北仑区小港街道红联路 210 号', 121.7598, 29.9174, '1-7 08:00-20:00', [...BASIC, 'rain_gear', 'first_aid', 'air_conditioning'], { operator: '小港街道总工会' }],
  ['DG-01', '大港工业社区党群服务中心', 'community_center', 'BL-DAGANG', '北仑区新碶街道大港工业社区党群服务中心', 121.8455, 29.8998, '1-5 08:30-17:30; 6 09:00-12:00', [...BASIC, 'wifi', 'air_conditioning'], { operator: '大港工业社区' }],
  ['DG-02', '新碶户外劳动者服务站', 'outdoor_worker', 'BL-DAGANG', '北仑区新碶街道明州路 500 号', 121.8512, 29.9041, '1-7 06:00-22:00', [...BASIC, 'microwave', 'rain_gear'], { operator: '新碶街道总工会' }],
  ['WL-01', '物流园区司机之家', 'outdoor_worker', 'BL-WULIU', '北仑区霞浦街道物流园区综合楼一层', 121.9015, 29.9302, '', [...FULL],
    { open24h: true, operator: '物流工业社区', riderOffers: '货车司机免费热水、淋浴，夜间可休息', afterHoursEntry: '24 小时值班' }],
  ['WL-02', '霞浦红领驿站', 'red_post', 'BL-WULIU', '北仑区霞浦街道港城路 77 号', 121.8958, 29.9266, '1-7 07:00-21:00', [...BASIC, 'ebike_charging'], { operator: '霞浦街道' }],
  ['XB-01', '榭北工业社区红领驿站', 'red_post', 'BL-XIEBEI', '北仑区大碶街道榭北工业社区党群服务中心', 121.8088, 29.8702, '1-5 08:00-18:00', [...BASIC, 'wifi'], { operator: '榭北工业社区' }],
  ['CT-01', '澄潭产业社区职工驿站', 'red_post', 'XC-CHENGTAN', '新昌县澄潭街道智能装备产业社区党群服务中心', 120.8712, 29.4523, '1-7 08:00-20:00', [...BASIC, 'microwave', 'air_conditioning'], { operator: '澄潭智能装备产业社区' }],
]

export async function seedStations(trx: Transaction<DB>): Promise<number> {
  const communities = new Map((await trx.selectFrom('communities').select(['id', 'code']).execute()).map((c) => [c.code, c.id]))
  // Seeded once: later starts leave stations (and staff's edits to them) alone.
  const existing = new Set((await trx.selectFrom('stations').select('code').execute()).map((s) => s.code))
  for (const [code, name, tier, community, address, lng, lat, hours, facilities, extra] of STATIONS) {
    if (existing.has(code)) continue
    const parsed = parseHours(hours)
    if (typeof parsed === 'string') throw new Error(`seed ${code}: ${parsed}`)
    await saveStation(trx, {
      code, name, tier, communityId: communities.get(community)!, address, lng, lat, hours: parsed, facilities,
      ...extra,
    }, 'by-code')
  }
  return STATIONS.length
}
