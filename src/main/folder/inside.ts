import { isAbsolute, relative, resolve } from 'node:path'
import { AppError } from '../../shared/result'

/** `parts` joined under `root` and resolved; refuses any path that would land outside `root`. */
export function pathInside(root: string, ...parts: string[]): string {
  const base = resolve(root)
  const path = resolve(base, ...parts)
  const rel = relative(base, path)
  if (rel === '' || rel.split(/[\\/]/)[0] === '..' || isAbsolute(rel)) {
    throw new AppError('invalid-payload', `Refused to use ${path}: it is not inside ${base}.`)
  }
  return path
}
