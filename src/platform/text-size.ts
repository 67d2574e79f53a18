/** The system's text size and where large-text mode applies (H5 default; see text-size.weapp.ts). */
export { applyTextSize, systemTextScale } from './text-size.h5'
