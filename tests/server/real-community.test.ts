import { describeEachDatabase } from '../helpers/databases'
import { walkRealCommunity } from '../helpers/real-community'

// Issue 21, "done means": from an empty database (no demo seed, no demo mode), the first admin and
// then only the app's own actions reach a rider booking at the rider price, a 社工-made interest
// group with an activity published to it, and an overdue demand escalated to a street office
// linked in the app.
jest.setTimeout(60_000)

describeEachDatabase('a real community from an empty database', (ctx) => {
  afterAll(() => ctx.setNow(null))

  test('first admin → community, street office, 社工, grid, canteen → a stranger rides, books, joins; a demand escalates', async () => {
    expect(await ctx.db.selectFrom('users').select('id').execute()).toEqual([])
    const walked = await walkRealCommunity(ctx)
    // The verified rider pays the rider price the 社工 set: 6.8折 of ¥15.00.
    expect(walked.riderBooking).toMatchObject({ riderPrice: true, totalCents: 1020, items: [{ priceCents: 1020 }] })
    // The group's member is told of the activity published to it.
    expect(walked.groupNotified).toEqual([walked.memberId])
    // The overdue demand reached the street office linked through the app, which may press it.
    expect(walked.escalated).toContain(walked.demandId)
    expect(walked.streetDetail).toMatchObject({ escalated: true, overdue: true, can: ['urge'] })
  })
})
