'use client'

import { Toaster as Sonner } from 'sonner'

/**
 * Where the console's confirmations appear (sonner: a polite live region; Alt+T moves
 * focus to it). Unstyled, so the toasts use the console's own palette and follow light
 * and dark with it.
 */
export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      toastOptions={{
        unstyled: true,
        classNames: {
          toast:
            'flex w-full items-center gap-3 rounded-lg border border-slate-200 bg-surface px-4 py-3 text-sm text-slate-900 shadow-lg focus-visible:outline-2 focus-visible:outline-indigo-600 sm:w-[22rem]',
          title: 'flex-1 font-medium',
          success: 'border-l-4 border-l-green-600',
          error: 'border-l-4 border-l-red-600',
          actionButton:
            'shrink-0 rounded-md border border-slate-300 px-2.5 py-1 text-xs font-semibold text-indigo-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600',
        },
      }}
    />
  )
}
