'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { SelectField, TextField } from '@/components/ui/field'
import { FormAlert } from '@/components/ui/form-alert'
import type { CredentialRow } from '@/lib/providers/queries'
import { formatBudget } from '@/lib/providers/schema'

type Grant = CredentialRow['grants'][number]

const limitsOf = (grant: Pick<Grant, 'monthlyBudget' | 'requestsPerMinute'>) =>
  [
    grant.monthlyBudget !== null ? `budget ${formatBudget(grant.monthlyBudget)} a month` : 'no budget',
    grant.requestsPerMinute !== null ? `${grant.requestsPerMinute.toLocaleString('en')} requests a minute` : 'no rate limit',
  ].join(' · ')

/** The workspaces granted a credential, with their limits; those who manage grant, change and revoke. */
export function Grants({
  credentialId,
  credentialName,
  grants,
  workspaces,
  manages,
}: {
  credentialId: string
  credentialName: string
  grants: Grant[]
  workspaces: { id: string; name: string }[]
  manages: boolean
}) {
  const revoke = useAction('credential.revokeGrant', {
    confirm: (input) => `${nameOf(input.workspaceId)} can no longer use ${credentialName}.`,
  })
  const [revoking, setRevoking] = useState<Grant | null>(null)
  const nameOf = (workspaceId: string) => grants.find((grant) => grant.workspaceId === workspaceId)?.workspace.name ?? 'The workspace'
  const listId = `grants-${credentialId}`
  return (
    <div className="mt-4 border-t border-slate-100 pt-4">
      <h3 id={listId} className="text-sm font-semibold text-slate-900">
        Workspaces granted
      </h3>
      {grants.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">None: no workspace can use this credential yet.</p>
      ) : (
        <ul aria-labelledby={listId} className="mt-2 divide-y divide-slate-100 text-sm">
          {grants.map((grant) => (
            <li key={grant.workspaceId} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{grant.workspace.name}</p>
                <p className="text-slate-600">{limitsOf(grant)}</p>
              </div>
              {manages && (
                <Button type="button" variant="secondary" onClick={() => setRevoking(grant)}>
                  Revoke…
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormAlert message={revoke.result && !revoke.result.ok ? revoke.result.message : null} />
      {manages && <GrantForm credentialId={credentialId} credentialName={credentialName} grants={grants} workspaces={workspaces} />}
      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? `Revoke ${revoking.workspace.name}’s grant?` : ''}
        confirmLabel="Revoke"
        destructive
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) void revoke.run({ credentialId, workspaceId: revoking.workspaceId })
          setRevoking(null)
        }}
      >
        {revoking?.workspace.name} can no longer use {credentialName}, from its next request.
      </ConfirmDialog>
    </div>
  )
}

/** Grants the credential to a workspace, or changes the limits of one already granted. */
function GrantForm({
  credentialId,
  credentialName,
  grants,
  workspaces,
}: {
  credentialId: string
  credentialName: string
  grants: Grant[]
  workspaces: { id: string; name: string }[]
}) {
  const grant = useAction('credential.grant', {
    confirm: (input) => `${workspaces.find((w) => w.id === input.workspaceId)?.name ?? 'The workspace'} may use ${credentialName}.`,
  })
  const [workspaceId, setWorkspaceId] = useState('')
  const [monthlyBudget, setMonthlyBudget] = useState('')
  const [requestsPerMinute, setRequestsPerMinute] = useState('')
  const granted = new Map(grants.map((g) => [g.workspaceId, g]))
  const choose = (id: string) => {
    setWorkspaceId(id)
    // Changing a grant starts from its current limits.
    const existing = granted.get(id)
    setMonthlyBudget(existing?.monthlyBudget?.toString() ?? '')
    setRequestsPerMinute(existing?.requestsPerMinute?.toString() ?? '')
  }
  const submit = async () => {
    const outcome = await grant.run({ credentialId, workspaceId, monthlyBudget, requestsPerMinute })
    if (outcome?.ok) choose('')
  }
  const prefix = `grant-${credentialId}`
  return (
    <form
      onSubmit={submitWith(submit)}
      className="mt-3 space-y-3 rounded-md bg-slate-50 p-3"
      noValidate
      aria-label={`Grant ${credentialName}`}
    >
      <FormAlert message={grant.formError} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          id={`${prefix}-workspace`}
          label="Workspace"
          errors={grant.fieldErrors?.workspaceId}
          value={workspaceId}
          onChange={(event) => choose(event.target.value)}
          options={[
            { value: '', label: 'Choose a workspace' },
            ...workspaces.map((w) => ({ value: w.id, label: granted.has(w.id) ? `${w.name} (granted: change limits)` : w.name })),
          ]}
        />
        <TextField
          id={`${prefix}-budget`}
          label="Monthly budget in US dollars (optional)"
          errors={grant.fieldErrors?.monthlyBudget}
          value={monthlyBudget}
          inputMode="numeric"
          onChange={(event) => setMonthlyBudget(event.target.value)}
        />
        <TextField
          id={`${prefix}-rpm`}
          label="Requests per minute (optional)"
          errors={grant.fieldErrors?.requestsPerMinute}
          value={requestsPerMinute}
          inputMode="numeric"
          onChange={(event) => setRequestsPerMinute(event.target.value)}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={grant.pending || !workspaceId}>
        {granted.has(workspaceId) ? 'Save limits' : 'Grant'}
      </Button>
    </form>
  )
}
