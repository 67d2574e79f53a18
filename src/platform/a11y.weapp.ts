// Accessibility, weapp: WeChat reads `aria-role`, `aria-label`, `aria-checked`… (not `role`).
// Taro 4.2.1's mini-program templates do not bind aria-* yet (see docs/architecture.md, 无障碍): the names are
// given here so that they arrive once the templates carry them; TalkBack/VoiceOver read the text.
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
