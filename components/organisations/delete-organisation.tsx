'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { Modal } from '@/components/ui/modal'
import { SlugConfirmForm } from '@/components/ui/slug-confirm-form'
import { formatDuration } from '@/lib/format/duration'

interface Props {
  organisation: { name: string; slug: string }
  /** How long the deletion waits before the purge. */
  graceMs: number
  /** Only a tenant admin who has two-factor authentication may schedule it. */
  hasTwoFactor: boolean
}

/** The danger zone's step: schedule the organisation's deletion after its slug and the person's password. */
export function DeleteOrganisation({ organisation, graceMs, hasTwoFactor }: Props) {
  const router = useRouter()
  const [isOpen, setOpen] = useState(false)
  const schedule = useAction('organisation.scheduleDeletion', {
    confirm: () => `${organisation.name} is scheduled for deletion. A tenant admin can cancel it from their account page until it runs.`,
  })
  const grace = formatDuration(graceMs)
  if (!hasTwoFactor) {
    return (
      <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Deleting an organisation needs a tenant admin who has two-factor authentication.{' '}
        <Link href="/account" className="font-medium underline">
          Set it up on your account page
        </Link>
        , then come back.
      </p>
    )
  }
  const confirm = async (typed: string, password: string) => {
    const outcome = await schedule.run({ confirmSlug: typed, password })
    // Nobody works in it from now on: the console opens another organisation of theirs, or none.
    if (outcome?.ok) router.push('/')
  }
  return (
    <>
      <Button
        type="button"
        variant="danger"
        onClick={() => {
          schedule.reset()
          setOpen(true)
        }}
      >
        Delete organisation…
      </Button>
      <Modal open={isOpen} onClose={() => setOpen(false)} title={`Delete ${organisation.name}?`}>
        <SlugConfirmForm
          id="confirm-organisation-deletion"
          slug={organisation.slug}
          alert={schedule.formError}
          errors={schedule.fieldErrors?.confirmSlug}
          password={{ errors: schedule.fieldErrors?.password }}
          pending={schedule.pending}
          confirmLabel="Schedule deletion"
          pendingLabel="Scheduling…"
          onConfirm={confirm}
          onCancel={() => setOpen(false)}
        >
          From now on nobody can sign in to {organisation.name} or change anything in it, and its API keys stop working. In {grace} it is
          deleted for good: every workspace, environment, agent, policy, release, credential, key, invitation and its audit log. Until then
          a tenant admin can cancel the deletion.
        </SlugConfirmForm>
      </Modal>
    </>
  )
}
