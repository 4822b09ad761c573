'use client'

import { useEffect, useRef, useState } from 'react'
import { ConfirmDialog } from './confirm-dialog'
import { RoleSelect } from './role-select'

interface RoleEditorProps<Role extends string> {
  /** The select's accessible name, e.g. "Role of Mia Member". */
  label: string
  roles: readonly Role[]
  labels: Readonly<Record<NoInfer<Role>, string>>
  /** The role the server holds. */
  saved: NoInfer<Role>
  /** A warning to confirm before saving this choice (e.g. lowering your own admin role), or null. */
  warningFor?: (role: NoInfer<Role>) => string | null
  /** Saves the role; the editor shows the saved role again once this settles. */
  save(role: NoInfer<Role>): Promise<unknown>
}

/**
 * A role changed in two steps: choosing one only proposes it (an arrow key in the select
 * saves nothing); Save sends it, after a confirmation when `warningFor` has one. Focus
 * comes back to the select once it is answered.
 */
export function RoleEditor<Role extends string>({ label, roles, labels, saved, warningFor, save }: RoleEditorProps<Role>) {
  const select = useRef<HTMLSelectElement>(null)
  const [chosen, setChosen] = useState<Role | null>(null)
  const [saving, setSaving] = useState(false)
  const [warning, setWarning] = useState<string | null>(null)
  const proposed = chosen !== null && chosen !== saved ? chosen : null

  // Set when the choice is answered or cancelled; focus returns to the select once it is enabled again.
  const refocus = useRef(false)
  useEffect(() => {
    if (!refocus.current || saving) return
    refocus.current = false
    select.current?.focus()
  })
  const finish = () => {
    setChosen(null)
    refocus.current = true
  }
  const send = async (role: Role) => {
    setWarning(null)
    setSaving(true)
    try {
      await save(role)
    } finally {
      setSaving(false)
      finish()
    }
  }
  const submit = () => {
    if (!proposed) return
    const caution = warningFor?.(proposed) ?? null
    if (caution) setWarning(caution)
    else void send(proposed)
  }

  return (
    <span className="inline-flex items-center gap-2">
      <RoleSelect
        ref={select}
        aria-label={label}
        roles={roles}
        labels={labels}
        value={chosen ?? saved}
        disabled={saving}
        onChange={setChosen}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && proposed) {
            event.preventDefault()
            submit()
          } else if (event.key === 'Escape' && proposed) {
            event.preventDefault()
            setChosen(null)
          }
        }}
      />
      {proposed && (
        <>
          <button
            type="button"
            onClick={submit}
            disabled={saving}
            className="rounded-md bg-indigo-600 px-2.5 py-1 text-xs font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60"
          >
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button
            type="button"
            onClick={finish}
            disabled={saving}
            className="rounded-md px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            Cancel
          </button>
        </>
      )}
      <ConfirmDialog
        open={warning !== null}
        title="Lower your own role?"
        confirmLabel={`Make me ${proposed ? labels[proposed].toLowerCase() : ''}`}
        destructive
        onCancel={() => {
          setWarning(null)
          finish()
        }}
        onConfirm={() => proposed && void send(proposed)}
      >
        {warning}
      </ConfirmDialog>
    </span>
  )
}
