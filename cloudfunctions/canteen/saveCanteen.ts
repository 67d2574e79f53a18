import { refuse } from '../../server/core/app-error'
import { audit } from '../../server/core/audit'
import { handler } from '../../server/core/define-function'
import { canteenEditor } from './domain/access'
import { parseWindows } from './domain/schedule'
import { windowsForPeople } from './domain/present'

/**
 * Keepers (an admin; a 社工 in their community): a new canteen, or a canteen's name, community,
 * address and position, windows per weekday, slot length, seats, booking window, cutoff and
 * rider price. Slots already booked keep their seats. Audited with before/after.
 */
export const saveCanteen = handler('canteen', 'saveCanteen', {
  access: canteenEditor,
  async run(ctx, input) {
    const { db, user, target } = ctx
    if ((input.lng === null) !== (input.lat === null)) refuse('BAD_REQUEST', '请同时填写经度和纬度，或都不填')
    const windows = parseWindows(input.windows, input.slotMinutes)
    if (typeof windows === 'string') return refuse('BAD_REQUEST', windows)
    const community = await db
      .selectFrom('communities')
      .select('id')
      .where('id', '=', input.communityId)
      .executeTakeFirst()
    if (!community) refuse('NOT_FOUND', '没有这个社区')
    const clash = await db
      .selectFrom('canteens')
      .select('id')
      .where('community_id', '=', input.communityId)
      .where('name', '=', input.name)
      .where('active', '=', true)
      .executeTakeFirst()
    if (clash && clash.id !== input.canteenId) refuse('CONFLICT', `本社区已有餐厅「${input.name}」`)
    const fields = {
      name: input.name,
      community_id: input.communityId,
      address: input.address,
      phone: input.phone,
      intro: input.intro,
      lng: input.lng,
      lat: input.lat,
      windows: JSON.stringify(windows),
      slot_minutes: input.slotMinutes,
      seats_per_slot: input.seatsPerSlot,
      booking_days: input.bookingDays,
      cutoff_minutes: input.cutoffMinutes,
      rider_discount: input.riderDiscount,
      no_show_limit: input.noShowLimit,
    }
    // What the audit log shows: the windows as people set them, not the stored minutes.
    const forAudit = (f: typeof fields | NonNullable<typeof target.existing>) => ({
      ...f,
      windows: windowsForPeople(typeof f.windows === 'string' ? JSON.parse(f.windows) : f.windows),
    })
    const existing = target.existing
    if (!existing) {
      const row = await db
        .insertInto('canteens')
        // A code people never type; unique like every canteen's.
        .values({ ...fields, code: `CT-${ctx.now.getTime().toString(36).toUpperCase()}-${user.id}` })
        .returning('id')
        .executeTakeFirstOrThrow()
      await audit(ctx, {
        actorId: user.id,
        action: 'canteen.create',
        subject: { type: 'canteen', id: row.id },
        communityId: input.communityId,
        after: forAudit(fields),
      })
      return { canteenId: row.id, created: true }
    }
    await db.updateTable('canteens').set(fields).where('id', '=', existing.id).execute()
    const before = forAudit(existing) as Record<string, unknown>
    const after = forAudit(fields) as Record<string, unknown>
    const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    await audit(ctx, {
      actorId: user.id,
      action: 'canteen.update',
      subject: { type: 'canteen', id: existing.id },
      communityId: input.communityId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    })
    return { canteenId: existing.id, created: false }
  },
})
