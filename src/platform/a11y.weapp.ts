// Accessibility, weapp: WeChat reads `aria-role`, `aria-label`, `aria-checked`… (not `role`), on the
// components whose templates carry them (config/weapp-aria.js adds them to Taro's templates).
type Props = Record<string, unknown>

export const roleProps = (role: string): Props => ({ 'aria-role': role })

/** No keyboard on a phone's mini-program: taps only. */
export const pressProps = (_onPress: () => void): Props => ({})

export const focusProps = (): Props => ({})

export const fieldProps = (label: string): Props => ({ 'aria-label': label })

export const imageProps = (alt: string): Props =>
  alt ? { 'aria-role': 'img', 'aria-label': alt } : { 'aria-hidden': true }

/** WeChat reads toasts aloud itself; pages show one with every status change they announce. */
export function announce(_text: string) {}
