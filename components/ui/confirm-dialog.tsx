'use client'

import type { ReactNode } from 'react'
import { Button } from './button'
import { Modal } from './modal'

interface Props {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm(): void
  onCancel(): void
  destructive?: boolean
}

/** A modal confirmation: Cancel (or Escape) and the confirming button. */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, destructive }: Props) {
  return (
    <Modal open={open} onClose={onCancel} title={title}>
      <div className="text-sm text-slate-600">{children}</div>
      <div className="flex justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="button" onClick={onConfirm} variant={destructive ? 'danger' : 'primary'}>
          {confirmLabel}
        </Button>
      </div>
    </Modal>
  )
}
