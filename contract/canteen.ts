import { z } from 'zod'
import { action, bigId, date, hhmm, id, noInput, text } from './define'
import { reservationStatusSchema, type ReservationStatus } from './reservations'

export const riderPlatformSchema = z.enum(['meituan', 'eleme', 'sf', 'other'])

export const BOOKING_STATUS: Record<ReservationStatus, string> = {
  confirmed: '已预约',
  waitlisted: '候补中',
  pending: '待确认',
  offered: '待确认',
  cancelled: '已取消',
  redeemed: '已核销',
  no_show: '未到店',
}

const menuItem = z.object({
  id,
  name: z.string(),
  priceCents: z.number().int(),
  /** What this user pays: the rider price for verified riders. */
  yourPriceCents: z.number().int(),
  available: z.boolean(),
})

const canteenSummary = z.object({
  id,
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  intro: z.string(),
  stationId: z.number().nullable(),
  communityName: z.string(),
  windows: z.array(z.object({ name: z.string(), start: z.string(), end: z.string(), days: z.array(z.number().int()) })),
  /** e.g. "6.8折" */
  riderDiscount: z.string(),
  menu: z.array(menuItem),
})

const slot = z.object({
  start: z.string(),
  end: z.string(),
  startsAt: z.string(),
  seatsLeft: z.number().int(),
  capacity: z.number().int(),
  state: z.enum(['open', 'full', 'closed', 'past_cutoff']),
  note: z.string().nullable(),
})

const booking = z.object({
  /** A reservation (int8). */
  id: bigId,
  code: z.string(),
  qr: z.string(),
  canteenId: id,
  canteenName: z.string(),
  date: z.string(),
  windowName: z.string(),
  start: z.string(),
  end: z.string(),
  startsAt: z.string(),
  status: reservationStatusSchema,
  items: z.array(z.object({ name: z.string(), qty: z.number().int(), priceCents: z.number().int() })),
  totalCents: z.number().int(),
  riderPrice: z.boolean(),
  cancelBefore: z.string(),
  cancellable: z.boolean(),
  cancelReason: z.string().nullable(),
  redeemedAt: z.string().nullable(),
})
export type Booking = z.infer<typeof booking>

const counterBooking = z.object({
  id: bigId,
  code: z.string(),
  /** Masked for the counter: 王** 138****5601 */
  name: z.string(),
  phone: z.string(),
  status: booking.shape.status,
  items: booking.shape.items,
  totalCents: z.number().int(),
  redeemedAt: z.string().nullable(),
})

const verification = z.object({
  id,
  userName: z.string(),
  phone: z.string(),
  platform: z.string(),
  /** Masked except for the last 4 characters. */
  riderNo: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  reason: z.string().nullable(),
  createdAt: z.string(),
  /** When the 社工 decided (null while pending). */
  reviewedAt: z.string().nullable(),
  /** Shown to the reviewer while pending; deleted once reviewed. */
  photo: z.string().nullable(),
})

/** A service window as people set it; days are weekdays 1 = 周一 … 7 = 周日 (absent: every day). */
const windowInput = z
  .object({
    name: text(10).min(1, '请填写时段名称（如 午餐）'),
    start: hhmm,
    end: hhmm,
    days: z
      .array(z.number().int().min(1, '星期应为 1–7').max(7, '星期应为 1–7'))
      .min(1, '每个时段至少选择一天')
      .max(7)
      .default([1, 2, 3, 4, 5, 6, 7]),
  })
  .strict()

export const canteenContract = {
  /** Canteens (optionally of one community), with today's menu at the asker's price. */
  list: action({
    input: z.object({ communityId: id.optional() }).strict(),
    output: z.object({ items: z.array(canteenSummary), riderVerified: z.boolean(), signedIn: z.boolean() }),
    idempotent: true,
  }),
  /** One day's slots with seats left, for booking. */
  availability: action({
    input: z.object({ canteenId: id, date: date.optional() }).strict(),
    output: z.object({
      canteen: canteenSummary,
      date: z.string(),
      dates: z.array(z.object({ date: z.string(), label: z.string() })),
      windows: z.array(z.object({ name: z.string(), slots: z.array(slot) })),
      riderVerified: z.boolean(),
      suspendedUntil: z.string().nullable(),
      suspendedReason: z.string().nullable(),
      cutoffMinutes: z.number().int(),
    }),
    idempotent: true,
  }),
  book: action({
    input: z
      .object({
        canteenId: id,
        date,
        start: hhmm,
        items: z
          .array(
            z
              .object({ itemId: id, qty: z.number().int().min(1, '份数至少为 1').max(5, '每样菜最多预订 5 份') })
              .strict(),
          )
          .max(10, '最多选 10 样菜')
          .default([]),
      })
      .strict(),
    output: booking,
  }),
  myBookings: action({
    input: noInput,
    output: z.object({ upcoming: z.array(booking), past: z.array(booking) }),
    idempotent: true,
  }),
  cancel: action({
    input: z.object({ bookingId: bigId, reason: text(100).optional() }).strict(),
    output: booking,
  }),
  /** Canteens the asker runs the counter of. */
  myCounters: action({
    input: noInput,
    output: z.object({ items: z.array(z.object({ id, name: z.string() })) }),
    idempotent: true,
  }),
  /** Counter: a day's slots with their bookings and walk-ins. */
  counter: action({
    input: z.object({ canteenId: id, date: date.optional() }).strict(),
    output: z.object({
      canteenName: z.string(),
      date: z.string(),
      /** The days open for booking: the ones staff may close (close refuses others). */
      dates: z.array(z.string()),
      slots: z.array(
        slot.extend({
          walkIns: z.number().int(),
          /** Of the walk-ins, riders recorded from their 骑手码 at the rider price. */
          riderWalkIns: z.number().int(),
          booked: z.number().int(),
          redeemed: z.number().int(),
          bookings: z.array(counterBooking),
        }),
      ),
      /** The day's report: bookings, walk-ins, and rider meals at the rider price (redeemed rider bookings + rider walk-ins). */
      report: z.object({
        booked: z.number().int(),
        redeemed: z.number().int(),
        walkIns: z.number().int(),
        riderBookings: z.number().int(),
        riderWalkIns: z.number().int(),
        riderMeals: z.number().int(),
      }),
    }),
    idempotent: true,
  }),
  redeem: action({
    input: z.object({ canteenId: id, code: text(32).min(4, '请输入预约码') }).strict(),
    output: z.object({ booking: counterBooking, slot: z.string() }),
  }),
  walkIn: action({
    input: z
      .object({
        canteenId: id,
        date,
        start: hhmm,
        delta: z
          .number()
          .int()
          .min(-5)
          .max(20)
          .refine((d) => d !== 0, '数量不能为 0'),
      })
      .strict(),
    output: z.object({ walkIns: z.number().int() }),
  }),
  /** Close a whole day (no `start`) or one slot; affected bookings are cancelled and told why. */
  close: action({
    input: z
      .object({ canteenId: id, date, start: hhmm.optional(), reason: text(60).min(2, '请填写关闭原因') })
      .strict(),
    output: z.object({ closedSlots: z.number().int(), cancelledBookings: z.number().int() }),
  }),
  /** Keepers (admins; a 社工 of its community): everything saveCanteen edits, the whole menu and the days off. */
  settings: action({
    input: z.object({ canteenId: id }).strict(),
    output: z.object({
      id,
      name: z.string(),
      communityId: id,
      communityName: z.string(),
      address: z.string(),
      phone: z.string(),
      intro: z.string(),
      lng: z.number().nullable(),
      lat: z.number().nullable(),
      windows: z.array(windowInput),
      slotMinutes: z.number().int(),
      seatsPerSlot: z.number().int(),
      bookingDays: z.number().int(),
      cutoffMinutes: z.number().int(),
      riderDiscount: z.number().int(),
      noShowLimit: z.number().int(),
      menu: z.array(z.object({ id, name: z.string(), priceCents: z.number().int(), available: z.boolean() })),
      closures: z.array(z.object({ date: z.string(), reason: z.string() })),
    }),
    idempotent: true,
  }),
  /** Keepers: the canteens in their reach, retired ones too (their history stays). */
  managed: action({
    input: noInput,
    output: z.object({
      items: z.array(
        z.object({
          id,
          name: z.string(),
          communityName: z.string(),
          address: z.string(),
          active: z.boolean(),
          retiredAt: z.string().nullable(),
          retiredReason: z.string().nullable(),
        }),
      ),
      /** The communities the asker may put a canteen in. */
      communities: z.array(z.object({ id, name: z.string() })),
    }),
    idempotent: true,
  }),
  /**
   * Keepers: a new canteen (no canteenId) or a canteen's name, community, place and service:
   * windows per weekday, slot length, seats, booking window, cutoff, rider price. Slots already
   * booked keep their seats. Audited with before/after.
   */
  saveCanteen: action({
    input: z
      .object({
        canteenId: id.optional(),
        name: text(30).min(2, '请填写餐厅名称（至少 2 个字）'),
        communityId: id,
        address: text(100).min(4, '请填写餐厅地址'),
        phone: text(20)
          .regex(/^[0-9+\- ]*$/, '电话只能包含数字、空格、+ 和 -')
          .default(''),
        intro: text(200).default(''),
        lng: z.number().min(73, '经度应在 73–136 之间').max(136, '经度应在 73–136 之间').nullable().default(null),
        lat: z.number().min(3, '纬度应在 3–54 之间').max(54, '纬度应在 3–54 之间').nullable().default(null),
        windows: z.array(windowInput).min(1, '至少设置一个供餐时段').max(8, '供餐时段最多 8 个'),
        slotMinutes: z
          .number()
          .int('每个餐位时长应为整数分钟')
          .min(10, '每个餐位时长至少 10 分钟')
          .max(240, '每个餐位时长不能超过 240 分钟'),
        seatsPerSlot: z
          .number()
          .int('每个时段座位数应为整数')
          .min(1, '每个时段至少 1 个座位')
          .max(1000, '每个时段最多 1000 个座位'),
        bookingDays: z.number().int().min(1, '至少可预约 1 天').max(14, '最多提前 14 天预约'),
        cutoffMinutes: z.number().int().min(0, '截止时间不能为负').max(1440, '截止时间最多提前 24 小时'),
        /** The rider price as a percentage of the menu price: 68 = 6.8折, 100 = no discount. */
        riderDiscount: z
          .number()
          .int('骑手价应为整数百分比')
          .min(10, '骑手价应为原价的 10%–100%（如 68 即 6.8 折）')
          .max(100, '骑手价应为原价的 10%–100%（如 68 即 6.8 折）'),
        noShowLimit: z.number().int().min(1, '爽约次数上限至少为 1').max(20, '爽约次数上限最多为 20').default(3),
      })
      .strict(),
    output: z.object({ canteenId: id, created: z.boolean() }),
  }),
  /** Keepers: stop a canteen for good. It leaves the riders' list and takes no bookings; live bookings are cancelled and told; its history stays. */
  retireCanteen: action({
    input: z.object({ canteenId: id, reason: text(60).min(2, '请填写停用原因') }).strict(),
    output: z.object({ cancelledBookings: z.number().int() }),
  }),
  /** Keepers: a planned day off (holiday, closure): nothing that day can be booked; bookings already made are cancelled and told. */
  saveClosure: action({
    input: z.object({ canteenId: id, date, reason: text(60).min(2, '请填写休息原因') }).strict(),
    output: z.object({ cancelledBookings: z.number().int() }),
  }),
  removeClosure: action({
    input: z.object({ canteenId: id, date }).strict(),
    output: z.object({ removed: z.boolean() }),
  }),
  saveMenuItem: action({
    input: z
      .object({
        canteenId: id,
        itemId: id.optional(),
        name: text(30).min(1, '请填写菜名'),
        priceCents: z.number().int().min(0).max(100000, '价格不能超过 1000 元'),
        available: z.boolean(),
      })
      .strict(),
    output: z.object({ itemId: id }),
  }),
  /** Rider: ask to be verified (rider price). */
  applyRider: action({
    input: z
      .object({
        platform: riderPlatformSchema,
        riderNo: text(20).regex(/^[A-Za-z0-9]{4,20}$/, '骑手编号应为 4–20 位字母或数字'),
        /** Optional: a photo of the rider's app profile or badge (weapp cloud file id, or a small JPEG/PNG data URL on H5). */
        photo: text(1_400_000, '照片太大，请换一张或裁小一些')
          .regex(/^(cloud:\/\/\S+|data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+)$/, '照片格式不正确')
          .optional(),
      })
      .strict(),
    output: z.object({ status: z.enum(['pending', 'approved', 'rejected']) }),
  }),
  /** 我的 → 骑手码: a verified rider's code, valid for RIDER_CODE_SECONDS; the page asks for a new one before it runs out. */
  riderCode: action({
    input: noInput,
    output: z.object({
      code: z.string(),
      qr: z.string(),
      expiresAt: z.string(),
      validSeconds: z.number().int(),
      name: z.string(),
    }),
  }),
  /** Counter: what a scanned 骑手码 says (whether the rider is verified, the name masked). */
  scanRider: action({
    input: z.object({ canteenId: id, code: text(80).min(8, '请扫描或输入骑手码') }).strict(),
    output: z.object({ rider: z.string(), verified: z.boolean(), expiresAt: z.string(), discountLabel: z.string() }),
    idempotent: true,
  }),
  /** Counter: a rider's walk-in meal at the rider price, from their 骑手码 (once per rider per slot). */
  riderWalkIn: action({
    input: z.object({ canteenId: id, date, start: hhmm, code: text(80).min(8, '请扫描或输入骑手码') }).strict(),
    output: z.object({
      rider: z.string(),
      walkIns: z.number().int(),
      riderWalkIns: z.number().int(),
      discountLabel: z.string(),
    }),
  }),
  riderStatus: action({
    input: noInput,
    output: z.object({
      verified: z.boolean(),
      latest: verification.nullable(),
      /**
       * While pending: how long the community's 社工 took over the last 90 days (median hours of
       * `basedOn` reviews; null with none yet). Booking meanwhile is at the full price.
       */
      wait: z.object({ typicalHours: z.number().nullable(), basedOn: z.number() }).nullable(),
      /** What the rider may do now: apply (again, after a refusal). */
      can: z.object({ apply: z.boolean() }),
    }),
    idempotent: true,
  }),
  reviewRider: action({
    input: z.object({ verificationId: id, approve: z.boolean(), reason: text(100).optional() }).strict(),
    output: verification,
  }),
}

/** How long a 骑手码 is valid after it is issued: a screenshot is useless after this. */
export const RIDER_CODE_SECONDS = 120
/** What a 骑手码 QR carries before the code itself. */
export const RIDER_CODE_PREFIX = 'lianshe:rider:'
export { CANTEEN_SUBSCRIBE_KINDS, RIDER_PLATFORMS } from './notify-categories'
