// H5: each function's contract comes in its own chunk on its first call (src/platform/contracts.h5.ts).
// weapp resolves contract.weapp.ts, which registers the jobs contract this subpackage carries.
export {}
