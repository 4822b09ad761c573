'use client'

import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'

/**
 * What every popover in the console does (the workspace switcher, the user menu): it closes
 * on a click outside, when focus leaves it, and on Escape, which gives focus back to the
 * button that opened it. Spread `rootProps` on the element that holds the button and the panel.
 */
export function usePopover() {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', closeOnOutsideClick)
    return () => document.removeEventListener('mousedown', closeOnOutsideClick)
  }, [open])

  /** Closes and puts focus back on the button. */
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }

  const rootProps = {
    ref: root,
    onBlur: (event: FocusEvent) => {
      if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false)
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) {
        event.preventDefault()
        close()
      }
    },
  }
  return { open, setOpen, close, button, rootProps }
}
