/** What large-text mode must guarantee on a page, measured in the page (page.evaluate). */
export interface LargeTextReport {
  /** Visible text smaller than the minimum: a few examples, and how many in all. */
  smallText: { text: string; px: number }[]
  smallTextCount: number
  /** Elements that hide part of their content (overflow hidden/clip or an ellipsis), and the page wider than the screen. */
  clipped: { what: string; overflowX: number; overflowY: number }[]
  pageOverflowX: number
}

/**
 * Runs in the page (Playwright serialises it): every visible text at least `minPx`, no element
 * cutting its content off, and nothing wider than the screen. Scrolling containers are fine
 * (their content can be reached); hidden overflow and ellipses are not.
 */
export function inspectLargeText(minPx: number): LargeTextReport {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) return false
    const s = getComputedStyle(el)
    return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0
  }
  const smallText: { text: string; px: number }[] = []
  let smallTextCount = 0
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim()
    const el = node.parentElement
    if (!text || !el || !visible(el)) continue
    // Screen-reader-only text is not shown (it is clipped to 1 px on purpose).
    if (el.closest('.ls-sr-only')) continue
    const px = parseFloat(getComputedStyle(el).fontSize)
    if (px + 0.01 < minPx) {
      smallTextCount++
      if (smallText.length < 10) smallText.push({ text: text.slice(0, 20), px: Math.round(px * 10) / 10 })
    }
  }
  const clipped: { what: string; overflowX: number; overflowY: number }[] = []
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    if (!visible(el) || el.closest('.ls-sr-only')) continue
    const s = getComputedStyle(el)
    const hides = (v: string) => v === 'hidden' || v === 'clip'
    const ellipsis = s.textOverflow === 'ellipsis'
    if (!hides(s.overflowX) && !hides(s.overflowY) && !ellipsis) continue
    // Images and media crop their own pixels (aspectFill); text fields scroll their own text.
    if (/^(IMG|VIDEO|CANVAS|SVG|svg|TARO-IMAGE-CORE|INPUT|TEXTAREA)$/.test(el.tagName)) continue
    const overflowX = hides(s.overflowX) || ellipsis ? el.scrollWidth - el.clientWidth : 0
    const overflowY = hides(s.overflowY) ? el.scrollHeight - el.clientHeight : 0
    if (overflowX > 1 || overflowY > 1) {
      clipped.push({
        what: `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ').join('.')}「${(el.textContent ?? '').trim().slice(0, 16)}」`,
        overflowX,
        overflowY,
      })
    }
  }
  return {
    smallText,
    smallTextCount,
    clipped,
    pageOverflowX: document.documentElement.scrollWidth - window.innerWidth,
  }
}
