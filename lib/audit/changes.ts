/**
 * The fields of `next` whose value differs from `current`, and both sides of them for the
 * audit entry: what an edit changed, and nothing it left as it was.
 */
export function fieldChanges<T extends object, K extends keyof T & string>(current: T, next: Pick<T, K>) {
  const changed = (Object.keys(next) as K[]).filter((field) => current[field] !== next[field])
  const side = (values: Pick<T, K>) => Object.fromEntries(changed.map((field) => [field, values[field]])) as Partial<Pick<T, K>>
  return { changed, before: side(current), after: side(next) }
}
