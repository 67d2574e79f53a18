/** Scanning a code with the camera (H5 default: none; see scan.weapp.ts). */
export { canScan, scanCode } from './scan.h5'
