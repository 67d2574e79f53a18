import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { LABELS } from '../fixtures/talent-labelled'
import {
  caller,
  giveFeedback,
  loadLabelledSet,
  precisionAt5,
  strictPrecisionAt5,
  type LoadedSet,
} from '../fixtures/talent-load'

// Recommendation quality on the labelled set (tests/fixtures/talent-labelled.ts), ranked by the
// real recommendTalents action on each database: precision@5 before and after 不感兴趣 feedback.
describeEachDatabase('talent: recommendation quality on the labelled set', (ctx) => {
  withDemoContent(ctx)
  let set: LoadedSet

  beforeAll(async () => {
    set = await loadLabelledSet(ctx.db, ctx.runtime, ctx.runtime.now())
  }, 120_000)

  test('precision@5 ≥ 0.8 on 240 judged pairs, and again after feedback', async () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(200)
    const before = await precisionAt5(ctx.runtime, set)
    expect(before.precision).toBeGreaterThanOrEqual(0.8)
    // Still so when the unjudged profiles that reach a top 5 count as not relevant.
    expect((await strictPrecisionAt5(ctx.runtime, set)).precision).toBeGreaterThanOrEqual(0.8)
    const dismissed = await giveFeedback(ctx.runtime, set)
    expect(dismissed).toBeGreaterThan(0)
    const after = await precisionAt5(ctx.runtime, set)
    expect(after.precision).toBeGreaterThanOrEqual(before.precision)
    expect(after.precision).toBeGreaterThanOrEqual(0.8)
  }, 120_000)

  test('技能不对口 feedback demotes others with the same off-target skills, not only the one turned down', async () => {
    const call = caller(ctx.runtime)
    const challengeId = set.challengeIds.get('C03')! // 注塑模具冷却水路
    const token = set.ownerToken.get('C03')!
    const rank = async () =>
      (await call('recommendTalents', { challengeId, limit: 50 }, token)).data.items as { id: number; score: number }[]
    const m11 = set.profileIds.get('M11')! // 冲压模具、注塑模具设计、五轴加工
    const m1 = set.profileIds.get('M1')! // 压铸 (turned down: 主攻压铸)
    const before = (await rank()).find((i) => i.id === m11)!.score
    await call('dismissTalent', { challengeId, profileId: set.profileIds.get('M8')!, reason: 'skills' }, token) // 压铸、冲压
    const after = await rank()
    expect(after.find((i) => i.id === set.profileIds.get('M8'))).toBeUndefined()
    // M11 shares 冲压模具 with the turned-down M8: ranked lower than before.
    expect(after.find((i) => i.id === m11)!.score).toBeLessThan(before)
    expect(after.find((i) => i.id === m1)).toBeDefined()
  }, 60_000)
})
