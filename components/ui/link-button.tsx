import Link from 'next/link'
import type { ComponentProps } from 'react'

const STYLES = {
  primary: 'bg-indigo-600 text-white hover:bg-indigo-500',
  secondary: 'border border-slate-300 bg-surface text-slate-800 hover:bg-slate-50',
}

/** A link that looks like a button. */
export function LinkButton({
  variant = 'secondary',
  className = '',
  ...props
}: ComponentProps<typeof Link> & { variant?: keyof typeof STYLES }) {
  return <Link className={`rounded-md px-3.5 py-2 text-sm font-medium ${STYLES[variant]} ${className}`} {...props} />
}
