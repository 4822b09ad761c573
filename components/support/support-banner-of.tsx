import type { RequestContext } from '@/lib/context/resolve'
import { SupportBanner } from './support-banner'

/** The banner for this request's support session, if the person is in one (both consoles' layouts). */
export function SupportBannerOf({ ctx }: { ctx: Pick<RequestContext, 'actor' | 'tenant'> }) {
  const support = ctx.actor?.support
  if (!support || !ctx.tenant) return null
  return (
    <SupportBanner
      organisation={ctx.tenant.name}
      sessionId={support.sessionId}
      endsAt={support.endsAt.toISOString()}
      reason={support.reason}
      mode={support.mode}
    />
  )
}
