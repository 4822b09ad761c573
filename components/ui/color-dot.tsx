import { colorHex } from '@/lib/workspaces/palette'

export function ColorDot({ color, size = 'md' }: { color: string; size?: 'sm' | 'md' | 'lg' }) {
  const dimension = { sm: 'size-2.5', md: 'size-3.5', lg: 'size-5' }[size]
  return <span aria-hidden className={`inline-block shrink-0 rounded-full ${dimension}`} style={{ backgroundColor: colorHex(color) }} />
}
