import { z } from 'zod'
import { text } from './define'
import { birthYearSchema } from './user'

// The eligibility rules of policies: the facts a 青创客's profile holds and the small condition
// language staff write over them (stored as JSON on each policy). Shared by the server (which
// parses, stores and evaluates rules) and the client (which renders the profile form and shows a
// rule in words while staff edit it). Evaluation lives in one place on the server
// (cloudfunctions/policies/domain/eligibility.ts).

/** Places for 户籍, 常住地, a policy's region and a company's registration. */
export const PLACES = {
  ningbo: '宁波市（全市）',
  beilun: '北仑区',
  haishu: '海曙区',
  yinzhou: '鄞州区',
  zhenhai: '镇海区',
  ningbo_other: '宁波市其他区县（市）',
  xinchang: '新昌县',
  zhejiang_other: '浙江省其他地区',
  outside: '浙江省外',
} as const
export type Place = keyof typeof PLACES

/** In order: a rule may ask for 本科及以上. */
export const EDUCATION = {
  junior: '初中及以下',
  high: '高中/中专',
  college: '大专',
  bachelor: '本科',
  master: '硕士',
  doctor: '博士',
} as const

/** Ningbo's talent categories, lowest first (E 类 高级人才 … A 类 顶尖人才). */
export const TALENT_LEVELS = {
  none: '暂无认定',
  E: 'E 类（高级人才）',
  D: 'D 类（拔尖人才）',
  C: 'C 类（领军人才）',
  B: 'B 类（特优人才）',
  A: 'A 类（顶尖人才）',
} as const

export const INDUSTRIES = {
  agriculture: '现代农业',
  culture_tourism: '农文旅·民宿',
  manufacturing: '先进制造',
  new_energy_auto: '新能源汽车及零部件',
  petrochem: '绿色石化',
  new_materials: '新材料',
  digital: '数字经济·软件',
  logistics: '港航物流',
  commerce: '商贸服务',
  other: '其他',
} as const

/** In order. */
export const REVENUE_BANDS = {
  under_1m: '100 万元以下',
  '1m_5m': '100–500 万元',
  '5m_20m': '500–2000 万元',
  '20m_100m': '2000 万–1 亿元',
  over_100m: '1 亿元以上',
} as const

export const COMPANY_PLACES = { none: '未注册企业', ...PLACES } as const

type Options = Record<string, string>

/**
 * What a person tells us (their profile). Years are calendar years; the rules read ages and
 * durations derived from them in the current Shanghai year (see FACTS).
 */
export const PROFILE_FIELDS = {
  birthYear: { label: '出生年份', kind: 'year', group: 'person' },
  education: { label: '最高学历', kind: 'choice', options: EDUCATION as Options, group: 'person' },
  hukou: { label: '户籍所在地', kind: 'choice', options: PLACES as Options, group: 'person' },
  residence: { label: '工作或常住地', kind: 'choice', options: PLACES as Options, group: 'person' },
  yearsInArea: { label: '在工作地已工作（年）', kind: 'number', min: 0, max: 60, group: 'person' },
  graduationYear: { label: '毕业年份', kind: 'year', group: 'person' },
  talentLevel: { label: '人才层次', kind: 'choice', options: TALENT_LEVELS as Options, group: 'person' },
  overseas: { label: '海外留学或工作经历', kind: 'boolean', group: 'person' },
  ownsHome: { label: '在工作地有自有住房', kind: 'boolean', group: 'person' },
  schoolChild: { label: '有上幼儿园或义务教育阶段的子女', kind: 'boolean', group: 'person' },
  companyPlace: { label: '企业注册地', kind: 'choice', options: COMPANY_PLACES as Options, group: 'company' },
  companyFoundedYear: { label: '企业成立年份', kind: 'year', group: 'company' },
  industry: { label: '企业所属行业', kind: 'choice', options: INDUSTRIES as Options, group: 'company' },
  headcount: { label: '企业员工人数', kind: 'number', min: 0, max: 1_000_000, group: 'company' },
  revenueBand: { label: '企业年营业收入', kind: 'choice', options: REVENUE_BANDS as Options, group: 'company' },
} as const satisfies Record<
  string,
  {
    label: string
    kind: 'year' | 'number' | 'choice' | 'boolean'
    options?: Options
    min?: number
    max?: number
    group: 'person' | 'company'
  }
>
export type ProfileField = keyof typeof PROFILE_FIELDS
export const PROFILE_FIELD_KEYS = Object.keys(PROFILE_FIELDS) as ProfileField[]

const year = z.number().int('年份应为整数').min(1940, '年份不能早于 1940').max(2100, '年份不正确')
const choice = <T extends Options>(o: T) => z.enum(Object.keys(o) as [keyof T & string, ...(keyof T & string)[]])

const profileValues = {
  // The person's own birth year (users.birth_year), with the account's bounds.
  birthYear: birthYearSchema,
  education: choice(EDUCATION),
  hukou: choice(PLACES),
  residence: choice(PLACES),
  yearsInArea: z.number().int('年限应为整数').min(0, '年限不能为负数').max(60, '年限不能超过 60'),
  graduationYear: year,
  talentLevel: choice(TALENT_LEVELS),
  overseas: z.boolean(),
  ownsHome: z.boolean(),
  schoolChild: z.boolean(),
  companyPlace: choice(COMPANY_PLACES),
  companyFoundedYear: year,
  industry: choice(INDUSTRIES),
  headcount: z.number().int('人数应为整数').min(0, '人数不能为负数').max(1_000_000, '人数过大'),
  revenueBand: choice(REVENUE_BANDS),
} satisfies Record<ProfileField, z.ZodTypeAny>

/** A profile: each fact known (a value) or unknown (absent). */
export const profileSchema = z.object(profileValues).partial().strict()
/** A change of a profile: a value sets a fact, null clears it, an absent key leaves it. */
export const profilePatchSchema = z
  .object(
    Object.fromEntries(Object.entries(profileValues).map(([k, v]) => [k, v.nullable()])) as {
      [K in ProfileField]: z.ZodNullable<(typeof profileValues)[K]>
    },
  )
  .partial()
  .strict()
export type Profile = z.infer<typeof profileSchema>

/**
 * The facts rules are written over. Each comes from one profile field (so a missing fact names
 * the field to fill in); company facts do not apply to someone without a company.
 */
export const FACTS = {
  age: { label: '年龄', kind: 'number', unit: '周岁', from: 'birthYear' },
  education: { label: '学历', kind: 'ordinal', options: EDUCATION as Options, from: 'education' },
  hukou: { label: '户籍', kind: 'enum', options: PLACES as Options, from: 'hukou' },
  residence: { label: '工作或常住地', kind: 'enum', options: PLACES as Options, from: 'residence' },
  yearsInArea: { label: '在工作地工作年限', kind: 'number', unit: '年', from: 'yearsInArea' },
  yearsSinceGraduation: { label: '毕业年限', kind: 'number', unit: '年', from: 'graduationYear' },
  talentLevel: { label: '人才层次', kind: 'ordinal', options: TALENT_LEVELS as Options, from: 'talentLevel' },
  overseas: {
    label: '海外经历',
    kind: 'boolean',
    yes: '有海外留学或工作经历',
    no: '无海外留学或工作经历',
    from: 'overseas',
  },
  ownsHome: {
    label: '自有住房',
    kind: 'boolean',
    yes: '在工作地有自有住房',
    no: '在工作地无自有住房',
    from: 'ownsHome',
  },
  schoolChild: {
    label: '适龄子女',
    kind: 'boolean',
    yes: '有上幼儿园或义务教育阶段的子女',
    no: '无适龄子女',
    from: 'schoolChild',
  },
  companyPlace: { label: '企业注册地', kind: 'enum', options: PLACES as Options, from: 'companyPlace', company: true },
  companyAge: { label: '企业成立年限', kind: 'number', unit: '年', from: 'companyFoundedYear', company: true },
  industry: { label: '所属行业', kind: 'enum', options: INDUSTRIES as Options, from: 'industry', company: true },
  headcount: { label: '企业员工人数', kind: 'number', unit: '人', from: 'headcount', company: true },
  revenueBand: {
    label: '企业年营业收入',
    kind: 'ordinal',
    options: REVENUE_BANDS as Options,
    from: 'revenueBand',
    company: true,
  },
} as const satisfies Record<
  string,
  {
    label: string
    kind: 'number' | 'ordinal' | 'enum' | 'boolean'
    from: ProfileField
    unit?: string
    options?: Options
    yes?: string
    no?: string
    company?: boolean
  }
>
export type FactKey = keyof typeof FACTS
export const FACT_KEYS = Object.keys(FACTS) as FactKey[]
type FactSpec = (typeof FACTS)[FactKey] & { unit?: string; options?: Options; yes?: string; no?: string }
export const factSpec = (k: FactKey) => FACTS[k] as FactSpec

export const OPS = {
  number: ['eq', 'gte', 'lte', 'gt', 'lt', 'between'],
  ordinal: ['gte', 'lte', 'in', 'notIn'],
  enum: ['in', 'notIn'],
  boolean: ['is'],
} as const
const OP_WORDS: Record<string, string> = {
  eq: '等于',
  gte: '不少于',
  lte: '不超过',
  gt: '超过',
  lt: '少于',
  between: '介于',
  in: '属于',
  notIn: '不属于',
  is: '是否',
}

export type Leaf = { fact: FactKey; op: string; value: number | boolean | string | string[] | [number, number] }
export type Condition = { all: Condition[] } | { any: Condition[] } | Leaf

const MAX_DEPTH = 4
const MAX_LEAVES = 40

const leafSchemas = {
  number: z.union([
    z.object({ op: z.enum(['eq', 'gte', 'lte', 'gt', 'lt']), value: z.number().finite() }).strict(),
    z
      .object({ op: z.literal('between'), value: z.tuple([z.number().finite(), z.number().finite()]) })
      .strict()
      .refine((l) => l.value[0] <= l.value[1], '“介于”的下限不能大于上限'),
  ]),
  boolean: z.object({ op: z.literal('is'), value: z.boolean() }).strict(),
  choices: (options: Options, ordinal: boolean) =>
    z.union([
      z
        .object({
          op: z.enum(['in', 'notIn']),
          value: z.array(choice(options)).min(1, '至少选择一项').max(Object.keys(options).length),
        })
        .strict(),
      ...(ordinal ? [z.object({ op: z.enum(['gte', 'lte']), value: choice(options) }).strict()] : []),
    ] as unknown as [z.ZodTypeAny, z.ZodTypeAny]),
}

export type ParsedCondition = { ok: true; value: Condition } | { ok: false; message: string }

/**
 * Parse a rule (JSON text or a value). Every refusal is one Chinese sentence saying where
 * (第几项) and what is wrong, so staff can fix a rule without reading code.
 */
export function parseCondition(input: unknown): ParsedCondition {
  let value = input
  if (typeof input === 'string') {
    if (!input.trim()) return { ok: true, value: { all: [] } }
    try {
      value = JSON.parse(input)
    } catch {
      return { ok: false, message: '申请条件无法解析：不是有效的 JSON（请检查括号、引号和逗号）' }
    }
  }
  let leaves = 0
  const walk = (v: unknown, where: string, depth: number): Condition | string => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return `${where}应为一个条件对象`
    if (depth > MAX_DEPTH) return `${where}嵌套超过 ${MAX_DEPTH} 层`
    const keys = Object.keys(v)
    for (const group of ['all', 'any'] as const) {
      if (group in v) {
        if (keys.length !== 1) return `${where}“${group}”不能与其他字段写在一起`
        const items = (v as Record<string, unknown>)[group]
        if (!Array.isArray(items)) return `${where}“${group}”应为条件列表`
        if (items.length > 20) return `${where}一组最多 20 个条件`
        const out: Condition[] = []
        for (let i = 0; i < items.length; i++) {
          const c = walk(items[i], `${where}第 ${i + 1} 项`, depth + 1)
          if (typeof c === 'string') return c
          out.push(c)
        }
        return group === 'all' ? { all: out } : { any: out }
      }
    }
    const { fact, ...rest } = v as { fact?: unknown }
    if (typeof fact !== 'string') return `${where}缺少条件项（fact），或应使用 all / any 分组`
    if (!(FACT_KEYS as string[]).includes(fact)) {
      return `${where}未知的条件项“${fact.slice(0, 30)}”，可用：${FACT_KEYS.join('、')}`
    }
    const spec = factSpec(fact as FactKey)
    const schema =
      spec.kind === 'number'
        ? leafSchemas.number
        : spec.kind === 'boolean'
          ? leafSchemas.boolean
          : leafSchemas.choices(spec.options!, spec.kind === 'ordinal')
    const r = schema.safeParse(rest)
    if (!r.success) {
      const op = (rest as { op?: unknown }).op
      const allowed = (OPS[spec.kind] as readonly string[]).map((o) => `${o}（${OP_WORDS[o]}）`).join('、')
      if (typeof op !== 'string' || !(OPS[spec.kind] as readonly string[]).includes(op)) {
        return `${where}“${spec.label}”不能使用比较方式“${String(op ?? '')}”，可用：${allowed}`
      }
      const custom = r.error.issues.find((i) => i.code === 'custom')
      if (custom) return `${where}${custom.message}`
      return `${where}“${spec.label}”的取值不正确：${valueHint(spec, op)}`
    }
    if (++leaves > MAX_LEAVES) return `条件过多（最多 ${MAX_LEAVES} 个）`
    return { fact: fact as FactKey, ...(r.data as { op: string; value: Leaf['value'] }) }
  }
  const c = walk(value, '申请条件', 0)
  return typeof c === 'string' ? { ok: false, message: c } : { ok: true, value: c }
}

function valueHint(spec: FactSpec, op: string): string {
  if (spec.kind === 'number') return op === 'between' ? '应为 [下限, 上限] 两个数字' : '应为数字'
  if (spec.kind === 'boolean') return '应为 true 或 false'
  const keys = Object.keys(spec.options!).join('、')
  return op === 'gte' || op === 'lte' ? `应为其中一项：${keys}` : `应为列表，可选：${keys}`
}

/**
 * A rule, parsed with zod: the `conditions` field of a policy edit, as JSON text (a spreadsheet
 * cell, the editor's text box) or as the object itself.
 */
export const conditionSchema = z.union([text(8000), z.object({}).passthrough()]).transform((v, ctx): Condition => {
  const r = parseCondition(v)
  if (!r.ok) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: r.message })
    return z.NEVER
  }
  return r.value
})

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/** A leaf in words: 年龄不超过 35 周岁, 学历本科及以上, 户籍为北仑区或海曙区. */
export function describeLeaf(l: Leaf): string {
  const spec = factSpec(l.fact)
  const unit = spec.unit ?? ''
  const v = l.value
  switch (spec.kind) {
    case 'number':
      if (l.op === 'between') {
        const [a, b] = v as [number, number]
        return `${spec.label}在 ${num(a)}–${num(b)} ${unit}之间`
      }
      return `${spec.label}${OP_WORDS[l.op]} ${num(v as number)} ${unit}`.trim()
    case 'boolean':
      return v ? spec.yes! : spec.no!
    default: {
      if (l.op === 'gte') return `${spec.label}${spec.options![v as string]}及以上`
      if (l.op === 'lte') return `${spec.label}${spec.options![v as string]}及以下`
      const labels = (v as string[]).map((k) => spec.options![k] ?? k)
      return `${spec.label}${l.op === 'notIn' ? '不是' : '为'}${labels.join('或')}`
    }
  }
}

/** A rule in words, one line per requirement (the top-level 全部满足 list), for the policy page. */
export function describeCondition(c: Condition): string[] {
  if ('all' in c) return c.all.map(describeOne)
  return [describeOne(c)]
}

function describeOne(c: Condition): string {
  if ('fact' in c) return describeLeaf(c)
  if ('all' in c) return c.all.length ? c.all.map(describeOne).join('，且') : '不限'
  return c.any.length ? `满足其一：${c.any.map(describeOne).join('；或')}` : '不限'
}

/** A fact's value in words: 36 周岁, 大专, 北仑区. */
export function describeFactValue(fact: FactKey, value: number | string | boolean): string {
  const spec = factSpec(fact)
  if (spec.kind === 'number') return `${num(value as number)} ${spec.unit ?? ''}`.trim()
  if (spec.kind === 'boolean') return value ? '是' : '否'
  return spec.options![value as string] ?? String(value)
}

/** The profile fields a rule reads (for "which facts matter for this policy"). */
export function fieldsOf(c: Condition, out = new Set<ProfileField>()): Set<ProfileField> {
  if ('fact' in c) out.add(factSpec(c.fact).from)
  else for (const x of 'all' in c ? c.all : c.any) fieldsOf(x, out)
  return out
}
