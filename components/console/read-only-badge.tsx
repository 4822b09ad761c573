import { Badge } from '@/components/ui/badge'

export function ReadOnlyBadge() {
  return <Badge tone="amber">Read-only</Badge>
}
