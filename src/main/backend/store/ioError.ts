import { AppError, type ErrorCode } from '../../../shared/model/errors'
import { errnoCode } from './fsFacade'

const BY_ERRNO: Record<string, ErrorCode> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EBUSY: 'file-locked',
  EROFS: 'read-only',
}

/** Turns a Node file-system error into an AppError whose code the renderer can put into words. */
export function toIoError(err: unknown, what: string): AppError {
  if (err instanceof AppError) return err
  const errno = errnoCode(err)
  const code: ErrorCode = (errno && BY_ERRNO[errno]) || 'io'
  const detail = err instanceof Error ? err.message : String(err)
  return new AppError(code, `${what}: ${detail}`, errno ? { errno } : undefined)
}
