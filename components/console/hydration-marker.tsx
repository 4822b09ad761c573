'use client'

import { useEffect } from 'react'

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`): end-to-end tests
 * wait for it before typing into a page that was loaded whole, instead of guessing from
 * network silence.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return null
}
