import { documentTokens, explain, queryOf, relevanceOf, strengthOf } from '../../server/matching/concepts'
import { CHAIN_NEIGHBOURS, CONCEPTS, STOP_WORDS, type ConceptEntry } from '../../server/matching/dictionary'
import { fingerprint, shared, similarity } from '../../server/matching/similar'
import { checkDictionary, compileDictionary, DICTIONARY, neighbouringChains, read } from '../../server/matching/text'
import { duplicateQuality } from '../fixtures/demand-duplicates-measure'

// The shared text-matching engine (server/matching): the dictionary's own consistency, reading
// technical Chinese, and bad input.
describe('matching: the concept dictionary', () => {
  test('the maintained dictionary is consistent: no concept twice, no term under two concepts, no cycle', () => {
    expect(checkDictionary(CONCEPTS)).toEqual([])
    expect(CONCEPTS.length).toBeGreaterThan(100)
  })

  test('a dictionary with a cycle, a duplicate concept, a shared term or an unknown broader fails', () => {
    const base: ConceptEntry[] = [
      { id: 'a', label: '甲', broader: 'b' },
      { id: 'b', label: '乙', broader: 'a' },
    ]
    expect(checkDictionary(base).join()).toMatch(/cycle/)
    expect(() => compileDictionary(base)).toThrow(/cycle/)
    expect(
      checkDictionary([
        { id: 'a', label: '甲' },
        { id: 'a', label: '丙' },
      ]).join(),
    ).toMatch(/duplicate concept a/)
    expect(
      checkDictionary([
        { id: 'a', label: 'MES' },
        { id: 'b', label: '乙', terms: ['mes'] },
      ]).join(),
    ).toMatch(/under both a and b/)
    expect(checkDictionary([{ id: 'a', label: '甲', broader: 'zz' }]).join()).toMatch(/unknown broader/)
  })

  test('every chain neighbour and stop word is well formed', () => {
    for (const [a, b] of CHAIN_NEIGHBOURS) expect(a).not.toBe(b)
    expect(neighbouringChains('nev', 'mould')).toBe(true)
    expect(neighbouringChains('mould', 'nev')).toBe(true)
    expect(neighbouringChains('textile', 'ic')).toBe(false)
    expect(new Set(STOP_WORDS).size).toBe(STOP_WORDS.length)
  })
})

describe('matching: reading technical text', () => {
  const ids = (text: string) => read(DICTIONARY, text).hits.map((h) => h.id)

  test('synonyms, abbreviations, English forms and tools name one concept', () => {
    for (const t of ['MES', '制造执行系统', 'MOM']) expect(ids(t)).toEqual(['mes'])
    for (const t of ['CFD', '计算流体力学', 'Fluent', 'STAR-CCM+']) expect(ids(t)).toEqual(['cfd'])
    for (const t of ['HPDC', '高压压铸', 'die casting']) expect(ids(t)).toEqual(['die_casting'])
    for (const t of ['AOI', '缺陷识别', '表面瑕疵检测']) expect(ids(t)).toEqual(['defect_inspection'])
    for (const t of ['有限元', 'ANSYS', 'Abaqus']) expect(ids(t)).toEqual(['fea'])
    expect(ids('视觉检测')).toEqual(['machine_vision'])
  })

  test('the longest term wins, and Latin terms match whole words only', () => {
    expect(ids('一体化压铸')).toEqual(['mega_casting'])
    expect(ids('压铸模具设计')).toEqual(['die_casting_mould'])
    expect(ids('times and systems')).toEqual([])
    expect(ids('用 Fluent 做液冷板仿真')).toEqual(['cfd', 'thermal_mgmt', 'cae'])
  })

  test('numbers, units and stop words never count as words', () => {
    const r = read(DICTIONARY, '500 万元，30 亩，2号车间，18000rpm，3.5mm，技术需求')
    expect(r.words).not.toContain('00')
    expect(r.words.some((w) => /\d/.test(w))).toBe(false)
    expect(r.words).not.toContain('万元')
    expect(r.words).not.toContain('技术')
    expect(r.words).toContain('车间')
  })

  test('empty, huge, digits-only, English-only and emoji text: sensible or empty, never an error', () => {
    expect(read(DICTIONARY, '')).toEqual({ hits: [], words: [] })
    expect(read(DICTIONARY, '1234567890 ٣٤٥')).toEqual({ hits: [], words: [] })
    expect(read(DICTIONARY, '😀🔥👍')).toEqual({ hits: [], words: [] })
    expect(read(DICTIONARY, 'Looking for a CFD expert with OpenFOAM').hits.map((h) => h.id)).toEqual(['cfd', 'cfd'])
    const huge = read(DICTIONARY, '压铸'.repeat(200_000))
    expect(huge.hits.length).toBeGreaterThan(0)
    expect(read(DICTIONARY, undefined as unknown as string)).toEqual({ hits: [], words: [] })
    expect(documentTokens(['', '😀'], ['', '  '])).toEqual([])
    expect(strengthOf([], queryOf([{ text: '', weight: 1 }]))).toBe(0)
  })

  test('a profile written in other words matches a challenge, with its own words in the reason', () => {
    const q = queryOf([
      { text: '热管理', weight: 1, skill: true },
      { text: 'CFD', weight: 1, skill: true },
      { text: '电池包液冷板流道优化', weight: 0.9 },
    ])
    const expert = ['反应器流场工程师', 'Fluent、STAR-CCM+、传热']
    const stranger = ['机器人集成工程师', '工业机器人、PLC编程']
    expect(relevanceOf(strengthOf(documentTokens(expert), q))).toBeGreaterThan(0.5)
    expect(strengthOf(documentTokens(stranger), q)).toBe(0)
    expect(explain(q, expert)[0]).toEqual({ id: 'cfd', label: '计算流体力学', as: 'Fluent' })
    // A narrower concept counts for most of the broader one it is a kind of.
    const casting = queryOf([{ text: '压铸', weight: 1, skill: true }])
    expect(strengthOf(documentTokens(['一体化压铸']), casting)).toBeCloseTo(0.8)
  })

  test('an unknown listed skill still matches the same skill string', () => {
    const q = queryOf([{ text: '某某专有工艺', weight: 1, skill: true }])
    expect(strengthOf(documentTokens([], ['某某专有工艺']), q)).toBe(1)
  })
})

describe('matching: likely duplicate demands', () => {
  test('the same problem in other words is alike; the same figure with another problem is not', () => {
    const a = fingerprint('明州路灵峰路口雨天积水严重，请协调市政疏通排水')
    const b = fingerprint('再次反映：灵峰路口积水问题，麻烦加快处理排水')
    const c = fingerprint('申请 500 万元技改贷款')
    const d = fingerprint('500 万元设备补贴兑现进度')
    expect(similarity(a, b)).toBeGreaterThan(0.3)
    expect(similarity(c, d)).toBeLessThan(0.3)
    expect(shared(a, b, undefined, 10)).toEqual(expect.arrayContaining(['积水', '排水']))
    expect(similarity(fingerprint(''), fingerprint('😀'))).toBe(0)
  })

  test('on the labelled duplicate set, ≥ 0.8 of the judged suggestions in a top 3 are duplicates', () => {
    const q = duplicateQuality()
    expect(q.shownJudged).toBeGreaterThan(10)
    expect(q.precision).toBeGreaterThanOrEqual(0.8)
  })
})
