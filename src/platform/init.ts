/** Platform start-up. Default (H5): nothing to do. See init.weapp.ts. */
export function initPlatform(): void {}
