import { AuthFrame } from '@/components/auth/auth-frame'
import { LinkButton } from '@/components/ui/link-button'

/** What every console page shows while its database does not answer: no stack trace, a way to try again. */
export function DatabaseUnavailable() {
  return (
    <AuthFrame title="The database is unavailable" subtitle="Atrium cannot reach its database right now.">
      <div role="alert" className="space-y-4 text-sm text-slate-700">
        <p>Nothing was lost: a change either finished with its audit entry or did not happen. Try again in a moment.</p>
        {/* An empty href is this page's own address: it loads again, with or without script. */}
        <LinkButton href="" variant="primary" prefetch={false}>
          Try again
        </LinkButton>
      </div>
    </AuthFrame>
  )
}
