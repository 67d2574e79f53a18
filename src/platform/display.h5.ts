/**
 * The browser's default text size against the usual 16 px (a reader who set larger text in the
 * browser gets large-text mode by default). Taro sets the root font size itself, so measure a
 * probe at `medium`, which is the user's setting.
 */
export function systemTextScale(): number {
  if (typeof document === 'undefined') return 1
  const probe = document.createElement('div')
  probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium'
  document.body.appendChild(probe)
  const px = parseFloat(getComputedStyle(probe).fontSize) || 16
  probe.remove()
  return px / 16
}

/** H5: the tab bar, navigation bar and toasts live outside the pages, so the document carries the mode too. */
export function applyTextSize(large: boolean) {
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('ls-large', large)
}

/** The window's width in CSS px (read directly: Taro's system-info API brings a 7 KB user-agent parser to H5). */
export function windowWidth(): number {
  return typeof window === 'undefined' ? 375 : window.innerWidth
}
