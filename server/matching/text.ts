import type { IndustryChain } from '../../contract/talent-vocabulary'
import { CHAIN_NEIGHBOURS, CONCEPTS, STOP_WORDS, type ConceptEntry } from './dictionary'

// The app's one text-matching engine (talent recommendations, 三张清单 matches, duplicate
// demands): technical Chinese read with the concept dictionary (longest match first, so 高压压铸
// is HPDC and not 高压 + 压铸), the rest of the text as words (Chinese character bigrams, Latin
// words) with digits, units and stop words removed. Pure functions over strings: never throws
// on any input (empty, huge, emoji, digits only).

/** Texts longer than this are read up to here (a pasted manual must not stall a request). */
export const MAX_TEXT = 20_000

export interface Concept {
  id: string
  label: string
  broader: string | null
  generic: boolean
  /** Ancestors, nearest first. */
  ancestors: string[]
}

export interface Dictionary {
  concepts: Map<string, Concept>
  /** First character of a normalized term → terms starting with it, longest first. */
  index: Map<string, { term: string; id: string }[]>
  stopWords: Set<string>
  neighbours: Map<string, Set<string>>
}

/** NFKC, lower case, runs of whitespace as one space. */
export const normalizeText = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()

const isWordChar = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch)

/** What is wrong with a dictionary (empty when nothing): duplicates, unknown or cyclic `broader`. */
export function checkDictionary(entries: ConceptEntry[]): string[] {
  const problems: string[] = []
  const ids = new Map<string, ConceptEntry>()
  for (const e of entries) {
    if (!e.id.trim() || !e.label.trim()) problems.push(`concept without id or label: ${JSON.stringify(e)}`)
    if (ids.has(e.id)) problems.push(`duplicate concept ${e.id}`)
    ids.set(e.id, e)
  }
  const owner = new Map<string, string>()
  for (const e of entries) {
    for (const t of new Set([e.label, ...(e.terms ?? []), ...(e.tools ?? [])].map(normalizeText))) {
      if (!t) problems.push(`${e.id}: empty term`)
      const other = owner.get(t)
      if (other !== undefined && other !== e.id) problems.push(`term "${t}" under both ${other} and ${e.id}`)
      owner.set(t, e.id)
    }
  }
  for (const e of entries) {
    if (e.broader !== undefined && !ids.has(e.broader)) problems.push(`${e.id}: unknown broader ${e.broader}`)
    const seen = new Set([e.id])
    for (let b = e.broader; b !== undefined; b = ids.get(b)?.broader) {
      if (seen.has(b)) {
        problems.push(`cycle through ${e.id}`)
        break
      }
      seen.add(b)
    }
  }
  return problems
}

/** A dictionary ready to read text with; throws when checkDictionary finds a problem. */
export function compileDictionary(
  entries: ConceptEntry[],
  stopWords: string[] = [],
  neighbours: [string, string][] = [],
): Dictionary {
  const problems = checkDictionary(entries)
  if (problems.length) throw new Error(`concept dictionary: ${problems.join('; ')}`)
  const byId = new Map(entries.map((e) => [e.id, e]))
  const concepts = new Map<string, Concept>()
  const index = new Map<string, { term: string; id: string }[]>()
  for (const e of entries) {
    const ancestors: string[] = []
    for (let b = e.broader; b !== undefined; b = byId.get(b)?.broader) ancestors.push(b)
    concepts.set(e.id, { id: e.id, label: e.label, broader: e.broader ?? null, generic: Boolean(e.generic), ancestors })
    for (const term of new Set([e.label, ...(e.terms ?? []), ...(e.tools ?? [])].map(normalizeText))) {
      const first = term[0]
      if (!index.has(first)) index.set(first, [])
      index.get(first)!.push({ term, id: e.id })
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.term.length - a.term.length)
  const near = new Map<string, Set<string>>()
  for (const [a, b] of neighbours) {
    if (!near.has(a)) near.set(a, new Set())
    if (!near.has(b)) near.set(b, new Set())
    near.get(a)!.add(b)
    near.get(b)!.add(a)
  }
  return { concepts, index, stopWords: new Set(stopWords.map(normalizeText)), neighbours: near }
}

export interface ConceptHit {
  id: string
  /** The words as written (「Fluent」 for 计算流体力学). */
  surface: string
}

export interface Reading {
  hits: ConceptHit[]
  /** What is left: Chinese bigrams and Latin words, without digits, units or stop words. */
  words: string[]
}

// A figure with its unit or measure word (500 万元, 30 亩, 2号车间's 2号, 18000rpm, 3.5mm): dropped.
const FIGURE =
  /\d+(?:[.,]\d+)*\s*(?:万元|亿元|万|亿|千|百|元|吨|亩|名|台|个|次|小时|天|号|年|月|日|米|公里|千米|平方米|平方|人|家|辆|件|批|条|栋|楼|层|度|倍|周|分钟|秒|型|寸|吨\/年|kwh|kw|kv|kpa|mpa|rpm|mm|cm|km|kg|ah|wh|ppm|μm|um|nm|mw|gw|hz|khz|mhz|ghz|min|ms|w|v|a|t|h|s|l|m|g|%|℃|°c|°)?/g

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff]/
const UNIT_WORDS = new Set(['万元', '亿元', '左右', '以上', '以内', '平方米', '公里', '小时', '分钟'])

/** The concepts a text names (longest match first) and its remaining words. */
export function read(dict: Dictionary, input: string): Reading {
  // As written (width folded, spaces collapsed) for reasons, and lower-cased for matching.
  const display = (typeof input === 'string' ? input.slice(0, MAX_TEXT) : '')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
  const text = display.toLowerCase()
  const aligned = text.length === display.length
  const hits: ConceptHit[] = []
  const rest: string[] = []
  let plain = ''
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    let found: { term: string; id: string } | undefined
    if (!(isWordChar(ch) && isWordChar(text[i - 1]))) {
      for (const cand of dict.index.get(ch) ?? []) {
        if (!text.startsWith(cand.term, i)) continue
        const end = i + cand.term.length
        if (isWordChar(cand.term[cand.term.length - 1]) && isWordChar(text[end])) continue
        found = cand
        break
      }
    }
    if (found) {
      hits.push({ id: found.id, surface: aligned ? display.slice(i, i + found.term.length) : found.term })
      rest.push(plain)
      plain = ''
      i += found.term.length
    } else {
      plain += ch
      i++
    }
  }
  rest.push(plain)
  return { hits, words: wordsOf(dict, rest.join(' ')) }
}

function wordsOf(dict: Dictionary, text: string): string[] {
  const out = new Set<string>()
  const cleaned = text.replace(FIGURE, ' ')
  for (const token of cleaned.split(/[^\p{L}\p{N}+#]+/u)) {
    if (!token) continue
    if (CJK.test(token)) {
      // Stop words out of the run first, so that their bigrams do not count either.
      let run = token
      for (const s of dict.stopWords) if (s.length > 1 && CJK.test(s) && run.includes(s)) run = run.split(s).join(' ')
      for (const part of run.split(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u)) {
        const chars = [...part]
        for (let k = 0; k + 1 < chars.length; k++) {
          const gram = chars[k] + chars[k + 1]
          if (!dict.stopWords.has(gram) && !UNIT_WORDS.has(gram)) out.add(gram)
        }
      }
      // Latin letters glued to Chinese (「用U8」) still count as a word.
      for (const latin of token.match(/[a-z][a-z0-9+#]+/g) ?? []) if (!dict.stopWords.has(latin)) out.add(latin)
    } else if (
      /^[a-z][a-z0-9+#]*$/.test(token) &&
      token.length >= 2 &&
      token.length <= 40 &&
      !dict.stopWords.has(token)
    ) {
      out.add(token)
    }
  }
  return [...out]
}

/**
 * Whether a stored word (a bigram or a Latin word) can be shown as shared between two texts:
 * never a figure, a unit or a stop word (「共同词：00」 from 500 万元 and 1000 万元 says nothing).
 */
export function meaningfulWord(word: string, dict: Dictionary = DICTIONARY): boolean {
  const w = normalizeText(word)
  return (
    w.length >= 2 &&
    !/[\d]/.test(w) &&
    !/^[\p{P}\p{S}]/u.test(w) &&
    !dict.stopWords.has(w) &&
    !UNIT_WORDS.has(w) &&
    wordsOf(dict, w).includes(w)
  )
}

/** The app's dictionary (server/matching/dictionary.ts), compiled once. */
export const DICTIONARY = compileDictionary(CONCEPTS, STOP_WORDS, CHAIN_NEIGHBOURS)

/** Whether two chains work together (a weak prior for matching). */
export const neighbouringChains = (a: IndustryChain | string, b: IndustryChain | string, dict = DICTIONARY) =>
  dict.neighbours.get(a)?.has(b) ?? false
