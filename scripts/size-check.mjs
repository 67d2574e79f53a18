// Reports the weapp main package and each subpackage against WeChat's limits, and each cloud
// function's bundle (cloudfunctions/<f>/index.js, from npm run build:functions) against its budget;
// fails over any. Packages:
// 2 MB per package (WeChat), 450 KB budget for the main package (ours: it holds no feature's
// contract and no zod — src/platform/contracts.weapp.ts — so a new feature adds only its home tile
// and 我的 rows to it; 436.9 KB on 2026-12-05, was 500 until then), 20 MB in all (WeChat).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(process.argv[2] ?? 'dist/weapp')
const FUNCTIONS = path.resolve(process.argv[3] ?? 'cloudfunctions')
/**
 * Each cloud function's minified index.js, paid on every cold start (npm run bench -- coldstart).
 * A function bundles the core (kysely, pg, zod ≈ 300 KB), its own feature's contract and every feature's
 * manifest (migrations ≈ 100 KB, notices, personal data), and its own feature; never demo seeds
 * (cloudfunctions/seeds.ts), nor exceljs (~1.1 MB with its zip stack) and pinyin-pro (~460 KB):
 * those load only when a sheet is read or written or a search column computed, from the
 * function's package.json (scripts/build-functions.ts LAZY_PACKAGES). About 5 % above today's.
 * A new function needs a line here.
 */
const FUNCTION_BUDGET_KB = {
  activities: 730,
  admin: 670,
  canteen: 720,
  community: 600,
  demands: 740,
  fairs: 710,
  jobs: 740,
  lab: 760,
  notifications: 600,
  policies: 690,
  sharing: 680,
  stations: 700,
  talent: 760,
  // user: 700 → 705 for H5 sign-up by SMS code (server/sms: the Tencent Cloud SMS request and the recording sender, codes).
  user: 705,
  volunteers: 640,
}
const MB = 1024 * 1024
const LIMIT = 2 * MB
const MAIN_BUDGET = 450 * 1024
const TOTAL_LIMIT = 20 * MB
// Files DevTools does not upload as package content.
const IGNORED = new Set(['project.config.json', 'project.private.config.json'])

if (!existsSync(path.join(ROOT, 'app.json'))) {
  console.error(`找不到 ${ROOT}/app.json，请先运行 npm run build:weapp`)
  process.exit(1)
}
const app = JSON.parse(readFileSync(path.join(ROOT, 'app.json'), 'utf8'))
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''))

const sizes = new Map([['(主包)', 0], ...subRoots.map((r) => [r, 0])])
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    const rel = path.relative(ROOT, full).split(path.sep).join('/')
    if (statSync(full).isDirectory()) walk(full)
    else if (!IGNORED.has(rel)) {
      const owner = subRoots.find((r) => rel === r || rel.startsWith(r + '/')) ?? '(主包)'
      sizes.set(owner, sizes.get(owner) + statSync(full).size)
    }
  }
}
walk(ROOT)

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
let failed = false
let total = 0
console.log('分包            大小        上限')
for (const [name, size] of sizes) {
  total += size
  const limit = name === '(主包)' ? MAIN_BUDGET : LIMIT
  const over = size > limit
  failed ||= over
  console.log(
    `${over ? '✖' : '✔'} ${name.padEnd(14)} ${kb(size).padStart(10)}  ${kb(limit).padStart(10)}${over ? '  超出！' : ''}`,
  )
}
console.log(
  `${total > TOTAL_LIMIT ? '✖' : '✔'} 合计           ${kb(total).padStart(10)}  ${kb(TOTAL_LIMIT).padStart(10)}`,
)
failed ||= total > TOTAL_LIMIT
console.log(
  JSON.stringify({
    main_kb: +(sizes.get('(主包)') / 1024).toFixed(1),
    subpackages: Object.fromEntries(
      [...sizes].filter(([n]) => n !== '(主包)').map(([n, s]) => [n, +(s / 1024).toFixed(1)]),
    ),
    total_kb: +(total / 1024).toFixed(1),
  }),
)

const functions = {}
if (!existsSync(FUNCTIONS)) {
  console.error(`找不到 ${FUNCTIONS}`)
  process.exit(1)
}
console.log('云函数          大小        预算')
for (const name of readdirSync(FUNCTIONS).sort()) {
  if (!existsSync(path.join(FUNCTIONS, name, 'index.ts'))) continue
  const bundle = path.join(FUNCTIONS, name, 'index.js')
  const budget = FUNCTION_BUDGET_KB[name]
  if (!existsSync(bundle)) {
    console.log(`✖ ${name.padEnd(14)} 没有 index.js，请先运行 npm run build:functions`)
    failed = true
    continue
  }
  const size = statSync(bundle).size
  functions[name] = +(size / 1024).toFixed(1)
  const over = budget === undefined || size > budget * 1024
  failed ||= over
  console.log(
    `${over ? '✖' : '✔'} ${name.padEnd(14)} ${kb(size).padStart(10)}  ${budget === undefined ? '（未设预算，请在 scripts/size-check.mjs 补上）' : kb(budget * 1024).padStart(10)}${budget !== undefined && over ? '  超出！' : ''}`,
  )
}
console.log(JSON.stringify({ functions_kb: functions }))
process.exit(failed ? 1 : 0)
