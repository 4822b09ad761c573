'use client'

import { useEffect, useId, useRef, type ReactNode } from 'react'
import { Button } from './button'

interface Props {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm(): void
  onCancel(): void
  destructive?: boolean
}

/** A modal confirmation (native <dialog>: focus stays inside, Escape cancels). */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, destructive }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal()
    if (!open && dialog.current?.open) dialog.current.close()
  }, [open])
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={onCancel}
      className="m-auto w-full max-w-md rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="space-y-4 p-6">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div className="text-sm text-slate-600">{children}</div>
        <div className="flex justify-end gap-3">
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="button" onClick={onConfirm} className={destructive ? 'bg-red-600 hover:bg-red-700' : ''}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  )
}
