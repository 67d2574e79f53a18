import { Image } from '@tarojs/components'
import { imageProps } from '../platform/a11y'
import './Picture.css'

interface Props {
  src: string
  /** What the picture shows, for screen readers; '' for a decorative one. */
  alt: string
  /** Sets the box's size (width and height); the picture is fitted whole inside it. */
  className?: string
}

/**
 * A picture shown whole inside its box (QR codes, photos, empty-state pictures). The one image
 * block pages use: Taro's H5 `aspectFit` image is absolutely positioned with no left edge, so inside
 * a centred parent it sat right of centre, cut off and half-size (a counter scanner could miss a
 * booking code); Picture.css pins it to the box.
 */
export function Picture({ src, alt, className = '' }: Props) {
  return <Image className={`ls-picture ${className}`} src={src} mode="aspectFit" {...imageProps(alt)} />
}
