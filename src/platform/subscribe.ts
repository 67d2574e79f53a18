export { askToSubscribe, canScan, scanCode } from './subscribe.h5'
