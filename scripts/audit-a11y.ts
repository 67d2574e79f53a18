// npm run audit:a11y [-- --screenshots docs/screenshots]
// Accessibility audit of the built H5 app (dist/h5; built first if missing) on the real gateway with
// the demo data, in Chromium at 390×844:
// - every page of src/app.config.ts (pages that read route parameters get real ids from
//   tests/a11y/page-params.ts), as every role of contract/roles.ts (signed in through demo sign-in)
//   and signed out, in normal and large-text (大字模式) mode;
// - axe-core (its default rules, plus label-content-name-mismatch), counting serious and critical
//   findings (one per element);
// - tap targets: every control (native or by role, and every element with a click handler) must be
//   at least 44×44 px;
// - requests: nothing may be fetched from any host but the app's own.
// A role "can see" a page unless the page answers with the sign-in or no-permission state (also a
// NOT_FOUND that says 无权, the answer for a record the caller may not see); that state is audited
// once per page (people do see it). Some role must see each page's content. Roles whose view of a
// page has the same structure as one already audited reuse its axe result (the structure decides
// axe's findings; tap targets are measured on every view).
// Last line: one JSON object with pages, serious, critical, small_targets, external_requests.
// Exits 1 when any of those is not zero.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { ROLES, ROLE_LABELS, type Role } from '../contract/roles'
import { H5_DIR } from '../gateway/server'
import { PAGE_PARAMS, type Api, type PageParams } from '../tests/a11y/page-params'
import { startApp } from '../tests/helpers/app'
import { findChromium } from '../tests/helpers/browser'
import { inspectLargeText } from '../tests/helpers/large-text'

const ROOT = path.resolve(__dirname, '..')
const MIN_TARGET = 44
const LARGE_TEXT_MIN = 18
// Two tabs at a time: most of a visit is waiting for the page and the database.
const WORKERS = Number(process.env.AUDIT_WORKERS ?? 2)
const SESSION_KEY = 'lianshe.session'
const LARGE_TEXT_KEY = 'lianshe.largeText'
const args = process.argv.slice(2)
const screenshotDir = args.includes('--screenshots')
  ? path.resolve(args[args.indexOf('--screenshots') + 1] ?? 'docs/screenshots')
  : null

type Mode = 'normal' | 'large'
type Who = Role | null
const whoLabel = (who: Who) => (who ? ROLE_LABELS[who] : '未登录')

interface Finding {
  rule: string
  impact: string
  help: string
  targets: string[]
}
interface SmallTarget {
  what: string
  width: number
  height: number
}
interface Target {
  route: string
  query: string
  title: string
}
interface Result extends Target {
  mode: Mode
  who: Who[]
  state: View['state']
  findings: Finding[]
  small: SmallTarget[]
  /** Large-text mode only: text under 18 px, and content cut off. */
  largeText?: string[]
}
type Shot = Target & { mode: Mode; who: Who }
interface View {
  state: 'content' | 'signin' | 'forbidden' | 'error'
  message: string
  signature: string
  title: string
}

/** Pages in app.config.ts order: the main package, then each subpackage. */
async function appPages(): Promise<{ route: string; source: string; title: string }[]> {
  const g = globalThis as unknown as Record<string, unknown>
  g.defineAppConfig = (c: unknown) => c
  g.definePageConfig = (c: unknown) => c
  const app = (await import('../src/app.config')).default as {
    pages: string[]
    subPackages?: { root: string; pages: string[] }[]
  }
  const routes = [
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
  ]
  const out = []
  for (const route of routes) {
    const source = ['.tsx', '.ts', '.jsx', '.js']
      .map((ext) => path.join(ROOT, 'src', route + ext))
      .find((f) => existsSync(f))
    if (!source) throw new Error(`找不到页面源文件：src/${route}.tsx`)
    const config = (await import(path.join(ROOT, 'src', `${route}.config.ts`)).catch(() => ({ default: {} }))) as {
      default: { navigationBarTitleText?: string }
    }
    out.push({ route, source, title: config.default.navigationBarTitleText ?? route })
  }
  return out
}

/** In the page: is it loading, and which state does it show? Plus its structure, for reuse. */
function readView(): View {
  const page = document.querySelector('.taro_page_show') ?? document.querySelector('.taro_page')
  const text = (page?.textContent ?? '').trim()
  const errorEl = page?.querySelector('[data-error-code], [role="alert"]')
  const code = errorEl?.getAttribute('data-error-code') ?? ''
  let state: View['state'] = 'content'
  if (errorEl && (code === 'UNAUTHENTICATED' || code === 'SESSION_EXPIRED' || /登录后即可使用|请先登录/.test(text)))
    state = 'signin'
  else if (errorEl && (code === 'FORBIDDEN' || /没有权限/.test(text))) state = 'forbidden'
  // A record the caller may not see is answered as not found, in words that say so (诉求不存在或你
  // 无权查看: whether it exists is not told). It is the no-permission state, provided some role does
  // see the page (checked in Worker.page, so a wrong id in page-params.ts is still an error).
  else if (errorEl && code === 'NOT_FOUND' && /无权/.test(errorEl.textContent ?? '')) state = 'forbidden'
  else if (errorEl && (code || /请稍后重试|不存在/.test(errorEl.textContent ?? ''))) state = 'error'
  // Structure without the words: tags, classes, roles and which aria-* attributes are present.
  const parts: string[] = []
  const walk = (el: Element, depth: number) => {
    const aria = Array.from(el.attributes)
      .map((a) => a.name)
      .filter((n) => n.startsWith('aria-') || n === 'role' || n === 'tabindex' || n === 'disabled')
      .sort()
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim())
    parts.push(`${depth}:${el.tagName}.${el.getAttribute('class') ?? ''}[${aria.join(',')}]${ownText ? 'T' : ''}`)
    for (const c of Array.from(el.children)) walk(c, depth + 1)
  }
  if (page) walk(page, 0)
  return {
    state,
    message: (errorEl?.textContent ?? '').trim().slice(0, 60),
    signature: parts.join('\n'),
    title: document.title,
  }
}

/** In the page: controls smaller than the minimum tap target. */
function smallTargets(min: number): SmallTarget[] {
  const selector = [
    'a',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    '[role="button"]',
    '[role="checkbox"]',
    '[role="radio"]',
    '[role="switch"]',
    '[role="tab"]',
    '[role="link"]',
    '[role="menuitem"]',
    '[role="option"]',
    '[tabindex]:not([tabindex="-1"])',
  ].join(',')
  const found = new Set<Element>(Array.from(document.querySelectorAll(selector)))
  // Anything React gave a click handler is a tap target too, whatever its role (a clickable View
  // without a role is also a finding of its own for screen readers). Except NutUI's own parts,
  // which take clicks they do nothing with (a Tag, a field's frame) unless given a role.
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'))
    const props = key ? (el as unknown as Record<string, { onClick?: unknown }>)[key] : undefined
    if (!props || typeof props.onClick !== 'function') continue
    if (/(^|\s)nut-/.test(el.getAttribute('class') ?? '') && !el.hasAttribute('role')) continue
    found.add(el)
  }
  const out: SmallTarget[] = []
  for (const el of found) {
    const r = el.getBoundingClientRect()
    if (r.width === 0 && r.height === 0) continue
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden' || style.display === 'none' || el.closest('[aria-hidden="true"]')) continue
    if ((el as HTMLElement).offsetParent === null && style.position !== 'fixed') continue
    // Half a pixel of rounding is not a smaller target.
    if (r.width + 0.5 >= min && r.height + 0.5 >= min) continue
    const label =
      el.getAttribute('aria-label') ||
      (el.textContent ?? '').trim().slice(0, 20) ||
      (el as HTMLInputElement).placeholder ||
      el.getAttribute('class') ||
      el.tagName
    out.push({
      what: `${el.tagName.toLowerCase()}「${label}」`,
      width: Math.round(r.width),
      height: Math.round(r.height),
    })
  }
  return out
}

async function main() {
  if (!existsSync(path.join(H5_DIR, 'index.html'))) {
    console.log('dist/h5 不存在，先构建 H5…')
    if (spawnSync('npm', ['run', 'build:h5'], { stdio: 'inherit' }).status !== 0) process.exit(1)
  }
  const chromium = findChromium()
  if (!chromium) {
    if (process.env.CI) throw new Error('CI 必须运行无障碍审计，但没有找到 Chromium（apt-get install chromium）')
    console.warn('未找到 Chromium（/usr/bin/chromium），跳过无障碍审计。安装：apt-get install chromium')
    return
  }
  const t0 = Date.now()
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  const pages = await appPages()
  const app = await startApp(chromium)
  const origin = new URL(app.url).origin

  const tokens = new Map<Role, string>()
  async function post(fn: string, action: string, input: unknown, token?: string) {
    const res = await fetch(`${origin}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ action, input }),
    })
    const body = (await res.json()) as { ok: boolean; data?: unknown; message?: string }
    if (!body.ok) throw new Error(`${fn}.${action}: ${body.message}`)
    return body.data
  }
  const options = (await post('user', 'signInOptions', {})) as { demoAccounts: { role: Role }[] }
  for (const role of ROLES) {
    if (!options.demoAccounts.some((a) => a.role === role)) throw new Error(`演示登录缺少角色 ${role}`)
    tokens.set(role, ((await post('user', 'demoLogin', { role })) as { token: string }).token)
  }
  const api: Api = (as, fn, action, input) => post(fn, action, input, as ? tokens.get(as) : undefined) as never

  // Routes to open: each page, with real parameters where it reads them.
  const targets: Target[] = []
  for (const p of pages) {
    const readsParams = /useRouter\s*\(/.test(readFileSync(p.source, 'utf8'))
    const resolve = PAGE_PARAMS[p.route]
    if (readsParams && !resolve) {
      throw new Error(
        `页面 ${p.route} 读取路由参数，请在 tests/a11y/page-params.ts 里写明怎样从演示数据取一个真实的 id`,
      )
    }
    const variants: PageParams[] = resolve ? await resolve(api) : [{}]
    for (const v of variants) {
      const query = new URLSearchParams(
        Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [[k, String(x)]])),
      ).toString()
      targets.push({ route: p.route, query, title: p.title })
    }
  }

  const external: string[] = []
  const pageErrors: string[] = []
  const problems: string[] = []
  const results: Result[] = []
  const screenshots: Shot[] = []
  let axeRuns = 0
  let visits = 0

  /** One browser tab per (role, mode), signed in and in that mode before the app starts. */
  class Worker {
    private tabs = new Map<string, Page>()
    private inflight = 0
    private lastApi = 0

    async tab(who: Who, mode: Mode): Promise<Page> {
      const key = `${who}:${mode}`
      const open = this.tabs.get(key)
      if (open) return open
      const page = await app.phone()
      const context = page.context()
      const storage: Record<string, string> = {}
      if (who) storage[SESSION_KEY] = JSON.stringify({ data: tokens.get(who) })
      if (mode === 'large') storage[LARGE_TEXT_KEY] = JSON.stringify({ data: true })
      await context.addInitScript((s: Record<string, string>) => {
        // tsx keeps function names with a helper (__name) that the page does not have.
        ;(globalThis as unknown as { __name: unknown }).__name ??= (f: unknown) => f
        if (location.protocol !== 'http:') return
        for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v)
      }, storage)
      context.on('request', (req) => {
        const url = req.url()
        if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) external.push(url)
      })
      page.on('pageerror', (e) => pageErrors.push(`${whoLabel(who)} ${page.url()}: ${e.message}`))
      // API calls in flight, to know when a page has settled.
      const isApi = (r: { url(): string }) => r.url().startsWith(`${origin}/api/`)
      page.on('request', (r) => {
        if (!isApi(r)) return
        this.inflight++
        this.lastApi = Date.now()
      })
      const done = (r: { url(): string }) => {
        if (!isApi(r)) return
        this.inflight--
        this.lastApi = Date.now()
      }
      page.on('requestfinished', done)
      page.on('requestfailed', done)
      this.tabs.set(key, page)
      return page
    }

    /** A full load (a hash change alone would push onto Taro's page stack), then wait to settle. */
    async open(who: Who, mode: Mode, t: Target): Promise<Page> {
      const page = await this.tab(who, mode)
      visits++
      await page.goto(`${origin}/#/${t.route}${t.query ? `?${t.query}` : ''}`)
      await page.locator('.taro_page').first().waitFor()
      // Settled: no API call in flight for 250 ms and no loading indicator on the page.
      const deadline = Date.now() + 20_000
      while (Date.now() < deadline) {
        await page.waitForTimeout(50)
        if (this.inflight > 0 || Date.now() - this.lastApi < 250) continue
        const busy = await page.evaluate(() => Boolean(document.querySelector('.taro_page [aria-busy="true"]')))
        if (!busy) break
      }
      await page.evaluate(() => document.fonts.ready)
      return page
    }

    async close(page: Page) {
      // Leave the tab empty, so the next load starts from nothing.
      await page.goto('about:blank')
    }

    async audit(page: Page, findingsOf?: Finding[]) {
      let findings = findingsOf
      if (!findings) {
        await page.addScriptTag({ content: axeSource })
        findings = (await page.evaluate(async () => {
          const axe = (window as unknown as { axe: any }).axe
          const r = await axe.run(document, {
            resultTypes: ['violations'],
            rules: { 'label-content-name-mismatch': { enabled: true } },
          })
          return r.violations.flatMap((v: any) =>
            v.nodes.map((n: any) => ({
              rule: v.id,
              impact: n.impact ?? v.impact,
              help: v.help,
              targets: n.target.map(String),
            })),
          )
        })) as Finding[]
        axeRuns++
      }
      return { findings, small: await page.evaluate(smallTargets, MIN_TARGET) }
    }

    /** In large-text mode: every text at least 18 px, nothing cut off or wider than the phone. */
    async largeText(page: Page): Promise<string[]> {
      const r = await page.evaluate(inspectLargeText, LARGE_TEXT_MIN)
      return [
        ...r.smallText.map((t) => `文字 ${t.px}px「${t.text}」`),
        ...(r.smallTextCount > r.smallText.length ? [`另有 ${r.smallTextCount - r.smallText.length} 处小字`] : []),
        ...r.clipped.map((c) => `被截断 ${c.what}`),
        ...(r.pageOverflowX > 0 ? [`页面比屏幕宽 ${r.pageOverflowX}px`] : []),
      ]
    }

    async shoot(page: Page, t: Target, mode: Mode, who: Who) {
      if (!screenshotDir) return
      mkdirSync(screenshotDir, { recursive: true })
      // The page as it stays, without a passing toast; one image pixel per CSS pixel (390×844).
      await page.addStyleTag({ content: '.taro__toast, .taro__toast *{display:none!important}' })
      await page.screenshot({ path: path.join(screenshotDir, shotName(t.route, t.query, mode)), scale: 'css' })
      screenshots.push({ ...t, mode, who })
    }

    /**
     * One page as everyone: each role in normal mode; a structure not seen yet on this page is
     * audited, then again in large-text mode. The sign-in and no-permission states once each.
     */
    async page(t: Target) {
      const seen = new Map<string, { normal: Result; large: Result }>()
      const states = new Set<string>()
      let seenBySomeone = false
      let best: { who: Who; size: number } | undefined
      for (const who of [null, ...ROLES] as Who[]) {
        const page = await this.open(who, 'normal', t)
        const view = await page.evaluate(readView)
        if (view.state === 'error') {
          problems.push(`${t.route}${t.query ? `?${t.query}` : ''}（${whoLabel(who)}）打开出错：${view.message}`)
          await this.close(page)
          continue
        }
        if (view.state !== 'content' && states.has(view.state)) {
          await this.close(page)
          continue
        }
        states.add(view.state)
        if (view.state === 'content') seenBySomeone = true
        // Screenshots: of the role that sees the most of the page (signed out for 登录).
        const size = view.signature.split('\n').length
        const eligible = view.state === 'content' && (isSignedOutOnly(t.route) ? !who : Boolean(who))
        if (eligible && (!best || size > best.size)) best = { who, size }
        const known = seen.get(view.signature)
        if (known) {
          // Same structure as a role already audited: reuse axe's answer, measure the targets.
          const { small } = await this.audit(page, known.normal.findings)
          await this.close(page)
          if (JSON.stringify(small) === JSON.stringify(known.normal.small)) {
            known.normal.who.push(who)
            known.large.who.push(who)
            continue
          }
          results.push({ ...t, mode: 'normal', who: [who], state: view.state, findings: known.normal.findings, small })
          continue
        }
        const normal: Result = { ...t, mode: 'normal', who: [who], state: view.state, ...(await this.audit(page)) }
        await this.close(page)
        const big = await this.open(who, 'large', t)
        const large: Result = {
          ...t,
          mode: 'large',
          who: [who],
          state: view.state,
          ...(await this.audit(big)),
          largeText: await this.largeText(big),
        }
        await this.close(big)
        results.push(normal, large)
        seen.set(view.signature, { normal, large })
      }
      // Some role must see the page's content: otherwise nothing of it was audited, and a no-permission
      // answer to everyone (e.g. a not-found id) is an error, not a state.
      if (!seenBySomeone)
        problems.push(
          `${t.route}${t.query ? `?${t.query}` : ''}：没有一个角色看到页面内容，检查 tests/a11y/page-params.ts`,
        )
      if (screenshotDir && best) {
        for (const mode of ['normal', 'large'] as Mode[]) {
          const page = await this.open(best.who, mode, t)
          await this.shoot(page, t, mode, best.who)
          await this.close(page)
        }
      }
    }
  }

  // AUDIT_ONLY=stations,admin: just the routes containing one of those texts (while working on a page).
  const only = process.env.AUDIT_ONLY
  const queue = targets.filter((t) => !only || only.split(',').some((o) => t.route.includes(o)))
  const workers = Array.from({ length: WORKERS }, () => new Worker())
  await Promise.all(
    workers.map(async (w) => {
      for (let t = queue.shift(); t; t = queue.shift()) await w.page(t)
    }),
  )
  await app.stop()
  // Report in app.config.ts order, whichever worker finished first.
  const order = (r: { route: string; query: string }) =>
    targets.findIndex((t) => t.route === r.route && t.query === r.query)
  results.sort((a, b) => order(a) - order(b) || (a.mode === b.mode ? 0 : a.mode === 'normal' ? -1 : 1))

  // Report: one line per page, mode and group of roles that saw the same thing.
  let serious = 0
  let critical = 0
  let small = 0
  let largeTextProblems = 0
  for (const r of results) {
    const s = r.findings.filter((f) => f.impact === 'serious').length
    const c = r.findings.filter((f) => f.impact === 'critical').length
    const lt = r.largeText?.length ?? 0
    serious += s
    critical += c
    small += r.small.length
    largeTextProblems += lt
    const ok = s + c + r.small.length + lt === 0
    const state = r.state === 'content' ? '' : r.state === 'signin' ? '（登录提示）' : '（无权限提示）'
    console.log(
      `${ok ? '✔' : '✖'} ${r.title}${state} /${r.route}${r.query ? `?${r.query}` : ''} · ` +
        `${r.mode === 'large' ? '大字' : '常规'} · ${r.who.map(whoLabel).join('、')} · 严重 ${s} · 危急 ${c} · 小于 44px ${r.small.length}${r.largeText ? ` · 大字问题 ${lt}` : ''}`,
    )
    for (const f of r.findings.filter((x) => x.impact === 'serious' || x.impact === 'critical'))
      console.log(`    ${f.impact} ${f.rule}: ${f.help} — ${f.targets.join(' ')}`)
    for (const x of r.small) console.log(`    小目标 ${x.what} ${x.width}×${x.height}`)
    for (const x of r.largeText ?? []) console.log(`    大字模式 ${x}`)
  }
  for (const u of new Set(external)) console.log(`✖ 外部请求：${u}`)
  for (const e of new Set(pageErrors)) console.log(`✖ 页面错误：${e}`)
  for (const p of problems) console.log(`✖ ${p}`)
  if (screenshotDir)
    writeIndex(
      screenshotDir,
      [...screenshots].sort((a, b) => order(a) - order(b)),
    )

  const summary = {
    pages: new Set(results.map((t) => `${t.route}?${t.query}`)).size,
    serious,
    critical,
    small_targets: small,
    external_requests: external.length,
    large_text_problems: largeTextProblems,
    page_errors: new Set(pageErrors).size,
    problems: problems.length,
    views: results.length,
    visits,
    axe_runs: axeRuns,
    roles: ROLES.length + 1,
    seconds: Math.round((Date.now() - t0) / 1000),
  }
  console.log(JSON.stringify(summary))
  process.exit(
    serious + critical + small + external.length + largeTextProblems + summary.page_errors + problems.length ? 1 : 0,
  )
}

// Screenshots: one per page and mode, as the signed-in role that sees the most of it (signed out
// for pages only a signed-out visitor has, like 登录).
const isSignedOutOnly = (route: string) => route === 'pages/login/index'
const shotName = (route: string, query: string, mode: Mode) =>
  `${route
    .replace(/^(pages|subpackages)\//, '')
    .replace(/\/index$/, '')
    .replace(/\//g, '-')}${query ? `-${query.replace(/[=&]/g, '')}` : ''}-${mode}.png`

function writeIndex(dir: string, screenshots: Shot[]) {
  const rows = new Map<string, { title: string; route: string; who: Who; files: Partial<Record<Mode, string>> }>()
  for (const s of screenshots) {
    const key = `${s.route}?${s.query}`
    const row = rows.get(key) ?? { title: s.title, route: key.replace(/\?$/, ''), who: s.who, files: {} }
    row.files[s.mode] = shotName(s.route, s.query, s.mode)
    rows.set(key, row)
  }
  const lines = [
    '# 页面截图',
    '',
    '`npm run audit:a11y -- --screenshots docs/screenshots` 生成：H5，390×844，演示数据，每页常规与大字模式各一张，',
    '以看到该页内容最多的演示角色登录。',
    '',
    '| 页面 | 路由 | 角色 | 常规 | 大字模式 |',
    '| --- | --- | --- | --- | --- |',
    ...[...rows.values()].map(
      (r) =>
        `| ${r.title} | \`${r.route}\` | ${whoLabel(r.who)} | ${r.files.normal ? `![${r.title}](${r.files.normal})` : ''} | ${r.files.large ? `![${r.title} 大字](${r.files.large})` : ''} |`,
    ),
    '',
  ]
  writeFileSync(path.join(dir, 'README.md'), lines.join('\n'))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
