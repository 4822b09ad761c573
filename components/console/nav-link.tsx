'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

export function NavLink({ href, nested = false, children }: { href: string; nested?: boolean; children: ReactNode }) {
  const pathname = usePathname()
  const current = pathname === href || (nested && pathname.startsWith(`${href}/`))
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`block rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${current ? 'bg-indigo-50 text-indigo-700' : 'text-slate-700 hover:bg-slate-100'}`}
    >
      {children}
    </Link>
  )
}
