'use client'

import { useEffect, useId, useRef, type ReactNode } from 'react'

/**
 * The one modal window (a native <dialog>: the page behind is inert, focus stays inside,
 * Escape closes it). Open and closed by the caller's state; `onClose` runs on Escape too.
 */
export function Modal({
  open,
  onClose,
  title,
  children,
  wide = false,
}: {
  open: boolean
  onClose(): void
  title: ReactNode
  children: ReactNode
  wide?: boolean
}) {
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
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      className={`m-auto w-[calc(100%-2rem)] ${wide ? 'max-w-lg' : 'max-w-md'} whitespace-normal rounded-lg border border-slate-200 bg-surface p-0 text-left shadow-xl backdrop:bg-black/50`}
    >
      <div className="space-y-4 p-6">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {open && children}
      </div>
    </dialog>
  )
}
