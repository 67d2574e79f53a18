import { ERROR_CODES, type ErrorCode } from '../../contract/errors'

/** A refusal the user should read. Thrown inside a handler, it rolls the transaction back. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? ERROR_CODES[code])
  }
}

export const refuse = (code: ErrorCode, message?: string): never => {
  throw new AppError(code, message)
}
