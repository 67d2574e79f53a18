// Accessibility, H5: ARIA roles and names on the HTML elements Taro renders, keyboard activation
// for controls that are not native buttons, and a live region that screen readers announce.
import type { KeyboardEvent } from 'react'

type Props = Record<string, unknown>

/** A role for a View (a list, a button, a checkbox…). */
export const roleProps = (role: string): Props => ({ role })

/**
 * A View that acts as a control: reachable with Tab, activated with Enter or Space like a button.
 * (Taro's View is a <div>; NutUI's Button is a real <button> and needs none of this.)
 */
export const pressProps = (onPress: () => void): Props => ({
  tabIndex: 0,
  onKeyDown: (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    e.preventDefault()
    onPress()
  },
})

/** Reachable with Tab without being a control (a scrolling row, so a keyboard can scroll it). */
export const focusProps = (): Props => ({ tabIndex: 0 })

/** The name of a text field (Taro's Input/Textarea draw a bare <input>/<textarea>). */
export const fieldProps = (label: string): Props => ({ nativeProps: { 'aria-label': label } })

/**
 * Text for an image; '' marks it decorative (screen readers skip it). Taro's Image is a wrapper
 * around an <img>: the wrapper is the image with the name, the inner <img> is left unnamed.
 */
export const imageProps = (alt: string): Props =>
  alt ? { role: 'img', 'aria-label': alt, nativeProps: { alt: '' } } : { 'aria-hidden': true, nativeProps: { alt: '' } }

let region: HTMLElement | null = null

/**
 * Say something to screen-reader users (已报名, 已满, 候补第 3 位…). One polite live region for
 * the whole app, made once and kept: a region created with its text is not reliably read. It sits
 * in a closed shadow root: the words are usually on screen already (a toast), and the copy for
 * screen readers must not be a second copy for find-in-page or scripts reading the page.
 */
export function announce(text: string) {
  if (typeof document === 'undefined') return
  if (!region) {
    const host = document.createElement('div')
    host.className = 'ls-sr-only'
    document.body.appendChild(host)
    region = document.createElement('div')
    region.setAttribute('aria-live', 'polite')
    region.setAttribute('role', 'status')
    host.attachShadow({ mode: 'closed' }).appendChild(region)
  }
  // Clear first so the same words twice are read twice.
  region.textContent = ''
  const el = region
  setTimeout(() => (el.textContent = text), 50)
}
