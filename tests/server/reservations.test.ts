import { sql } from 'kysely'
import { inTransaction, type TxCtx } from '../../server/core/tx'
import { cancelReservation } from '../../server/reservations/cancel'
import { closeSlot } from '../../server/reservations/close'
import { confirm } from '../../server/reservations/confirm'
import { expireOffers } from '../../server/reservations/offers'
import { redeem } from '../../server/reservations/redeem'
import { reserve } from '../../server/reservations/reserve'
import { createSlot, moveSlot } from '../../server/reservations/slots'
import { ACTIVE } from '../../server/reservations/status'
import { describeEachDatabase } from '../helpers/databases'
import { signedInUsers } from '../helpers/people'

// The reservation core on its own, as a feature that does not exist yet would use it (lab time:
// kind 'lab'), without any canteen or activity code: typed outcomes, no words.
const T0 = new Date('2026-12-01T09:00:00+08:00')
const hour = (h: number) => new Date(T0.getTime() + h * 3600_000)

describeEachDatabase('reservation core', (ctx) => {
  let people: { id: number }[] = []
  const tx = <T>(fn: (c: TxCtx) => Promise<T>) => inTransaction(ctx.runtime, fn)
  const slotRow = (id: number) => ctx.db.selectFrom('slots').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const statusOf = async (id: number) =>
    (await ctx.db.selectFrom('reservations').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status

  beforeAll(async () => {
    ctx.setNow(T0)
    people = await signedInUsers(ctx.db, 5)
  })

  test('the one-per-hold-key index covers exactly the statuses the core calls active', async () => {
    const { rows } = await sql<{ indexdef: string }>`
      select indexdef from pg_indexes where indexname = 'reservations_one_active'`.execute(ctx.db)
    const listed = [...rows[0].indexdef.matchAll(/'(\w+)'/g)].map((m) => m[1]).sort()
    expect(listed).toEqual([...ACTIVE].sort())
  })

  test('a new kind of slot: seats, full, waitlist, one per hold key, promotion in order, approval', async () => {
    const slotId = await tx((c) =>
      createSlot(c, { kind: 'lab', ownerId: 7, startsAt: hour(1), endsAt: hour(2), capacity: 2 }),
    )
    const book = (i: number, o: { waitlist?: boolean; seatedAs?: 'pending' } = {}) =>
      tx((c) =>
        reserve(c, {
          slotId,
          userId: people[i].id,
          holdKey: `lab:7:${i}`,
          seats: 1,
          waitlist: o.waitlist ?? false,
          seatedAs: o.seatedAs,
        }),
      )

    const a = await book(0)
    const b = await book(1, { seatedAs: 'pending' })
    expect([a.status, b.status]).toEqual(['confirmed', 'pending'])
    expect((await book(2)).status).toBe('full')
    const w = await book(2, { waitlist: true })
    expect(w).toMatchObject({ status: 'waitlisted', waitlistPos: 1 })

    // The same person again: refused as an outcome, and neither a seat nor a number is kept.
    const before = await slotRow(slotId)
    expect(
      (await tx((c) => reserve(c, { slotId, userId: people[0].id, holdKey: 'lab:7:0', seats: 1, waitlist: true })))
        .status,
    ).toBe('alreadyHeld')
    const after = await slotRow(slotId)
    expect([after.taken, after.waitlist_seq]).toEqual([before.taken, before.waitlist_seq])

    // The owner approves the pending request; approving twice is an outcome, not an error.
    if (b.status !== 'pending') throw new Error('expected pending')
    expect((await tx((c) => confirm(c, { reservationId: b.id, from: 'pending' }))).status).toBe('confirmed')
    expect(await tx((c) => confirm(c, { reservationId: b.id, from: 'pending' }))).toEqual({
      status: 'notAwaiting',
      current: 'confirmed',
    })

    // A cancel hands the seat to the head of the line, offered until a deadline.
    if (a.status !== 'confirmed' || w.status !== 'waitlisted') throw new Error('expected seats')
    const cancelled = await tx((c) =>
      cancelReservation(c, {
        reservationId: a.id,
        by: { userId: people[0].id },
        reason: null,
        promoteAs: { status: 'offered', offerExpiresAt: hour(0.5) },
      }),
    )
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      wasStatus: 'confirmed',
      promoted: [{ id: w.id, status: 'offered' }],
    })
    expect(
      await tx((c) => cancelReservation(c, { reservationId: a.id, by: { userId: people[0].id }, reason: null })),
    ).toEqual({
      status: 'notLive',
      current: 'cancelled',
    })
    expect((await slotRow(slotId)).taken).toBe(2)
  })

  test('an offer not taken up in time is cancelled by the system (no user) and passes on', async () => {
    const slotId = await tx((c) =>
      createSlot(c, { kind: 'lab', ownerId: 8, startsAt: hour(3), endsAt: hour(4), capacity: 1 }),
    )
    const r = (i: number) =>
      tx((c) => reserve(c, { slotId, userId: people[i].id, holdKey: `lab:8:${i}`, seats: 1, waitlist: true }))
    const first = await r(0)
    const second = await r(1)
    const third = await r(2)
    if (first.status !== 'confirmed' || second.status !== 'waitlisted' || third.status !== 'waitlisted')
      throw new Error('setup')
    await tx((c) =>
      cancelReservation(c, {
        reservationId: first.id,
        by: { userId: people[0].id },
        reason: null,
        promoteAs: { status: 'offered', offerExpiresAt: hour(1) },
      }),
    )
    expect(await statusOf(second.id)).toBe('offered')

    ctx.setNow(hour(1))
    const expired = await tx((c) =>
      expireOffers(c, {
        kind: 'lab',
        reason: 'too late',
        promoteAs: async () => ({ status: 'offered', offerExpiresAt: hour(2) }),
      }),
    )
    expect(expired.filter((e) => e.slotId === slotId)).toMatchObject([
      { ownerId: 8, promoted: [{ id: third.id, status: 'offered' }] },
    ])
    const row = await ctx.db
      .selectFrom('reservations')
      .select(['status', 'cancelled_by', 'cancel_reason'])
      .where('id', '=', second.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'cancelled', cancelled_by: null, cancel_reason: 'too late' })
    // Taking up an expired offer is an outcome too.
    ctx.setNow(hour(2.5))
    expect(await tx((c) => confirm(c, { reservationId: third.id, from: 'offered' }))).toEqual({
      status: 'offerExpired',
    })
    ctx.setNow(T0)
  })

  test('redeem: once, only in its window, only at its owner; a moved or closed slot carries its people', async () => {
    const slotId = await tx((c) =>
      createSlot(c, { kind: 'lab', ownerId: 9, startsAt: hour(1), endsAt: hour(2), capacity: 3 }),
    )
    const r = await tx((c) =>
      reserve(c, { slotId, userId: people[3].id, holdKey: 'lab:9:3', seats: 1, waitlist: false }),
    )
    if (r.status !== 'confirmed') throw new Error('setup')
    const use = (o: { ownerId?: number } = {}) =>
      tx((c) =>
        redeem(c, {
          code: r.code.toLowerCase(),
          kind: 'lab',
          ownerId: o.ownerId ?? 9,
          by: people[4].id,
          opensBeforeMin: 30,
        }),
      )
    expect(await use()).toMatchObject({ status: 'outsideWindow' })
    expect(await use({ ownerId: 10 })).toEqual({ status: 'otherOwner' })
    ctx.setNow(hour(1))
    expect(await use()).toMatchObject({ status: 'redeemed', reservationId: r.id })
    expect(await use()).toMatchObject({ status: 'alreadyRedeemed' })
    expect(await tx((c) => redeem(c, { code: 'NOPE2345', kind: 'lab', ownerId: 9, by: people[4].id }))).toEqual({
      status: 'unknownCode',
    })
    ctx.setNow(T0)

    const other = await tx((c) =>
      reserve(c, { slotId, userId: people[2].id, holdKey: 'lab:9:2', seats: 1, waitlist: false }),
    )
    const moved = await tx((c) => moveSlot(c, slotId, { startsAt: hour(5), endsAt: hour(6) }))
    expect(moved.map((m) => m.userId)).toEqual([people[2].id]) // the redeemed one is no longer live
    const closed = await tx((c) => closeSlot(c, { slotId, reason: 'maintenance', by: { system: 'test' } }))
    expect(closed).toEqual([{ id: other.status === 'confirmed' ? other.id : -1, userId: people[2].id }])
    expect(
      (await tx((c) => reserve(c, { slotId, userId: people[1].id, holdKey: 'lab:9:1', seats: 1, waitlist: true })))
        .status,
    ).toBe('closed')
  })
})
