import type { SeedCtx } from '../../server/core/feature'
import { toMinutes } from '../../server/time/shanghai'

// 大碶街道太白社区's 延时餐厅 (001_…txt: “延时营业至14点…就餐6.8折、免费热水、骑手专属休息区、免费充电”,
// “花10多元就能吃饱吃好”). Its dinner window, menu, phone and address are examples (示例), and so is the
// whole late-night canteen at 灵峰 (no text has one): it shows service that runs past midnight.
const CANTEENS = [
  {
    code: 'CT-TAIBAI',
    name: '太白社区延时餐厅',
    community: 'BL-TAIBAI',
    station: 'DQ-01',
    address: '北仑区大碶街道太白路 25 号太白社区党群服务站一楼（示例地址）',
    phone: '0574-86100021',
    intro: '午餐延时到 14:00，骑手凭认证享 6.8 折；免费热水、休息区和充电。晚餐时段和菜单为示例。',
    windows: [
      ['午餐', '11:00', '14:00'],
      ['晚餐（示例）', '17:00', '20:00'],
    ],
    menu: [
      ['红烧肉套餐', 1500],
      ['番茄炒蛋盖饭', 1200],
      ['卤鸡腿饭', 1400],
      ['素三鲜面', 1000],
      ['青菜豆腐汤', 300],
      ['米饭', 100],
    ],
  },
  {
    code: 'CT-LINGFENG-NIGHT',
    name: '灵峰红领驿站夜宵食堂（示例）',
    community: 'BL-LINGFENG',
    station: 'LF-02',
    address: '北仑区大碶街道纬一路 66 号灵峰红领驿站（示例地址）',
    phone: '0574-86100032',
    intro: '示例餐厅：夜班骑手和工人的夜宵，21:00 到次日 01:00。',
    windows: [['夜宵', '21:00', '01:00']],
    menu: [
      ['鲜肉馄饨', 1000],
      ['牛肉炒粉', 1300],
      ['皮蛋瘦肉粥', 800],
    ],
  },
] as const

/** Seeded once by code; staff's later edits are left alone. */
export async function seedCanteens({ db: trx }: SeedCtx) {
  const existing = new Set((await trx.selectFrom('canteens').select('code').execute()).map((c) => c.code))
  for (const c of CANTEENS) {
    if (existing.has(c.code)) continue
    const community = await trx
      .selectFrom('communities')
      .select('id')
      .where('code', '=', c.community)
      .executeTakeFirstOrThrow()
    const station = await trx.selectFrom('stations').select('id').where('code', '=', c.station).executeTakeFirst()
    const row = await trx
      .insertInto('canteens')
      .values({
        code: c.code,
        name: c.name,
        community_id: community.id,
        station_id: station?.id ?? null,
        address: c.address,
        phone: c.phone,
        intro: c.intro,
        windows: JSON.stringify(
          c.windows.map(([name, start, end]) => ({ name, start: toMinutes(start), end: toMinutes(end) })),
        ),
        slot_minutes: 30,
        seats_per_slot: 20,
        booking_days: 3,
        cutoff_minutes: 30,
        rider_discount: 68,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('canteen_menu_items')
      .values(c.menu.map(([name, price], i) => ({ canteen_id: row.id, name, price_cents: price, sort: i })))
      .execute()
    // Each counter is run by its community's 社工 (the role comes with it): 太白's by the demo 社工 of 太白.
  }
  return { canteens: CANTEENS.length }
}
