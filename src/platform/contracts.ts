/**
 * The contract of one cloud function, for call.ts to check input against before sending.
 * Per platform: contracts.h5.ts loads each function's contract the first time it is called;
 * contracts.weapp.ts has them all in the main package. This file is the H5 default.
 */
export { knownContract, loadContract } from './contracts.h5'
