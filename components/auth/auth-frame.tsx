import Image from 'next/image'
import type { ReactNode } from 'react'

/** The frame of every page before the console: the logo, a title and a card in the middle of the screen. */
export function AuthFrame({
  title,
  subtitle,
  notice,
  children,
  wide = false,
}: {
  title: string
  subtitle: ReactNode
  /** Good news from the step before (a password just changed), above the card. */
  notice?: ReactNode
  children: ReactNode
  wide?: boolean
}) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className={`w-full ${wide ? 'max-w-lg' : 'max-w-sm'}`}>
        <div className="mb-8 flex items-center gap-3">
          <Image src="/icon.svg" alt="" width={36} height={36} unoptimized className="size-9" />
          <div>
            <h1 className="text-xl font-semibold">{title}</h1>
            <p className="text-sm text-slate-500">{subtitle}</p>
          </div>
        </div>
        {notice && (
          <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            {notice}
          </p>
        )}
        <div className="rounded-lg border border-slate-200 bg-surface p-6 shadow-xs">{children}</div>
      </div>
    </main>
  )
}
