/** Accessibility helpers per platform (H5 default; see a11y.weapp.ts). */
export { announce, fieldProps, focusProps, imageProps, pressProps, roleProps } from './a11y.h5'
