/** The system's text size, the window's width, where large-text mode applies (H5 default; see display.weapp.ts). */
export { applyTextSize, systemTextScale, windowWidth } from './display.h5'
