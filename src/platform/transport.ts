/**
 * Sends one event `{ action, input }` to a cloud function and returns its envelope.
 * Implemented per platform: transport.weapp.ts (Taro.cloud.callFunction) and
 * transport.h5.ts (HTTP POST /api/<function> on the gateway). This file is the H5 default.
 */
export { send, passwordSignIn } from './transport.h5'
