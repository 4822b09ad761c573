'use client'

import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { FormAlert } from '@/components/ui/form-alert'

/** The operator ends their session, or withdraws a request nobody answered yet. */
export function EndSupportButton({ sessionId, waiting }: { sessionId: string; waiting: boolean }) {
  const end = useAction('support.end', { confirm: () => (waiting ? 'Your request was withdrawn.' : 'Your support access has ended.') })
  return (
    <div className="space-y-2">
      <FormAlert message={end.formError} />
      <Button type="button" variant="secondary" disabled={end.pending} onClick={() => void end.run({ sessionId })}>
        {waiting ? 'Withdraw request' : 'End session'}
      </Button>
    </div>
  )
}
