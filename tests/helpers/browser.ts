import { existsSync } from 'node:fs'
import type { Page } from 'playwright-core'

/** Debian's Chromium (playwright-core downloads no browser of its own here). */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[]
  return candidates.find((p) => existsSync(p)) ?? null
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** `describe` when a browser is available, else a plainly reported skip (CI must have one). */
export function describeInBrowser(title: string, body: (chromium: string) => void) {
  const chromium = findChromium()
  if (!chromium) {
    if (process.env.CI)
      throw new Error('CI must run the browser tests, but no Chromium was found (apt-get install chromium)')

    console.warn(`未找到 Chromium（/usr/bin/chromium），跳过浏览器测试：${title}。安装：apt-get install chromium`)
    describe.skip(`${title} (skipped: no Chromium)`, () => body(''))
    return
  }
  describe(title, () => body(chromium))
}

/**
 * The journeys' pictures in docs/screenshots/, taken only when asked (LIANSHE_SCREENSHOTS=1):
 * a test run must not rewrite tracked files.
 */
export async function docScreenshot(page: Page, options: Parameters<Page['screenshot']>[0]) {
  if (process.env.LIANSHE_SCREENSHOTS) await page.screenshot(options)
}
