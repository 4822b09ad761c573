/**
 * Where to go after signing in: a path of this console only (never another origin, so a
 * crafted sign-in link cannot send a person elsewhere); anything else goes home.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])[\w\-./~%?=&]*$/.test(value) || value.startsWith('/login')) return '/'
  return value
}
