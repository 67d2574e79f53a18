export { askToSubscribe } from './subscribe.h5'
