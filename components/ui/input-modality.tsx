'use client'

import { useEffect } from 'react'

/**
 * Records whether the person last used the keyboard or a pointer (`<html data-input>`),
 * so focus is drawn for keyboard users even where a script moves it (a dialog closing, a
 * toast giving focus back): browsers do not always count that as :focus-visible.
 */
export function InputModality() {
  useEffect(() => {
    const root = document.documentElement
    const keyboard = (event: KeyboardEvent) => {
      if (!event.metaKey && !event.altKey && !event.ctrlKey) root.dataset.input = 'keyboard'
    }
    const pointer = () => {
      root.dataset.input = 'pointer'
    }
    window.addEventListener('keydown', keyboard, true)
    window.addEventListener('pointerdown', pointer, true)
    return () => {
      window.removeEventListener('keydown', keyboard, true)
      window.removeEventListener('pointerdown', pointer, true)
    }
  }, [])
  return null
}
