export const SLUG_MAX_LENGTH = 48
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Slugs of workspaces, environments and resource keys. "Client A — Europe" → "client-a-europe": lowercase letters and digits with single hyphens between them. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')
}
