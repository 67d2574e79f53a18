/**
 * The contract of one cloud function, for call.ts to check input against before sending.
 * Per platform: contracts.h5.ts loads each function's contract the first time it is called;
 * contracts.weapp.ts holds what the loaded subpackages registered (each carries its own feature's). This file is the H5 default.
 */
export { knownContract, loadContract, registerContract } from './contracts.h5'
