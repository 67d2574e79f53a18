import { describeEachDatabase, withDemoContent } from '../helpers/databases'
import { LABELS } from '../fixtures/talent-labelled'
import * as blind from '../fixtures/talent-labelled-blind'
import {
  caller,
  giveFeedback,
  loadLabelledSet,
  precisionAt5,
  recallAt20,
  strictPrecisionAt5,
  type LoadedSet,
} from '../fixtures/talent-load'

// Recommendation quality on the labelled set (tests/fixtures/talent-labelled.ts) and on the blind
// set (tests/fixtures/talent-labelled-blind.ts, written by someone who never saw the scoring),
// each in a database of its own, ranked by the real recommendTalents action on each database:
// precision@5 before and after 不感兴趣 feedback, recall@20.
describeEachDatabase('talent: recommendation quality on the labelled set', (ctx) => {
  withDemoContent(ctx)
  let set: LoadedSet

  beforeAll(async () => {
    set = await loadLabelledSet(ctx.db, ctx.runtime, ctx.runtime.now())
  }, 120_000)

  test('precision@5 ≥ 0.85 on 240 judged pairs, and ≥ 0.8 again after feedback', async () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(200)
    const before = await precisionAt5(ctx.runtime, set)
    expect(before.precision).toBeGreaterThanOrEqual(0.85)
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
    const m5 = set.profileIds.get('M5')! // 模流分析、有限元分析、注塑模具设计: nothing in common with M8 beyond the challenge
    const ranked = await rank()
    const before = ranked.find((i) => i.id === m11)!.score
    await call('dismissTalent', { challengeId, profileId: set.profileIds.get('M8')!, reason: 'skills' }, token) // 压铸、冲压
    const after = await rank()
    expect(after.find((i) => i.id === set.profileIds.get('M8'))).toBeUndefined()
    // M11 shares 冲压模具 with the turned-down M8: ranked lower than before.
    expect(after.find((i) => i.id === m11)!.score).toBeLessThan(before)
    expect(after.find((i) => i.id === m5)!.score).toBe(ranked.find((i) => i.id === m5)!.score)
  }, 60_000)
})

describeEachDatabase('talent: recommendation quality on the blind set', (ctx) => {
  withDemoContent(ctx)
  let set: LoadedSet

  beforeAll(async () => {
    set = await loadLabelledSet(ctx.db, ctx.runtime, new Date(), blind)
  }, 120_000)

  test('precision@5 ≥ 0.8 and recall@20 ≥ 0.8 on 316 pairs phrased as engineers write them', async () => {
    expect(blind.LABELS.length).toBeGreaterThanOrEqual(300)
    expect((await precisionAt5(ctx.runtime, set)).precision).toBeGreaterThanOrEqual(0.8)
    expect((await recallAt20(ctx.runtime, set)).precision).toBeGreaterThanOrEqual(0.8)
  }, 120_000)

  test('reasons name the matched concept in the expert’s own words; 其他 demotes the same institution', async () => {
    const call = caller(ctx.runtime)
    const challengeId = set.challengeIds.get('BC7')! // 液冷板流道 CFD
    const token = set.ownerToken.get('BC7')!
    const rank = async () =>
      (await call('recommendTalents', { challengeId, limit: 50 }, token)).data.items as {
        id: number
        kind: string
        score: number
        reasons: string[]
      }[]
    const items = await rank()
    // Someone who wrote a tool or a synonym (Fluent, STAR-CCM+, 流体仿真…) is told apart in words.
    expect(items.some((i) => i.reasons.some((r) => /计算流体力学（专家：[^）]+）/.test(r)))).toBe(true)
    // Nobody without a concept in common is shown for the chain alone.
    const keyOf = new Map([...set.profileIds].map(([k, id]) => [id, k]))
    for (const i of items.filter((x) => x.kind === 'profile' && keyOf.has(x.id)))
      expect(i.reasons.some((r) => /^(共同技能|擅长领域|相关领域)：/.test(r))).toBe(true)
    // 不感兴趣 (其他) on one expert: a colleague of the same institution ranks lower than before.
    const [dismissed, alike] = items.filter((i) => i.kind === 'profile' && keyOf.has(i.id))
    const { institution } = await ctx.db
      .selectFrom('talent_profiles')
      .select('institution')
      .where('user_id', '=', dismissed.id)
      .executeTakeFirstOrThrow()
    await ctx.db.updateTable('talent_profiles').set({ institution }).where('user_id', '=', alike.id).execute()
    await call('dismissTalent', { challengeId, profileId: dismissed.id, reason: 'other' }, token)
    const after = await rank()
    expect(after.find((i) => i.id === dismissed.id)).toBeUndefined()
    expect(after.find((i) => i.id === alike.id)!.score).toBeLessThan(alike.score)
  }, 60_000)
})
