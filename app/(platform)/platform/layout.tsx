import type { ReactNode } from 'react'
import Link from 'next/link'
import { ConsoleShell } from '@/components/console/console-shell'
import { Sidebar } from '@/components/console/sidebar'
import { SupportBannerOf } from '@/components/support/support-banner-of'
import { Toaster } from '@/components/ui/toaster'
import { getPlatformContext } from '@/lib/platform/context'

/**
 * The platform console (docs/architecture.md §15): platform operators only, everyone else gets
 * the 404 of any unknown page; an operator without two-factor authentication is told to set
 * it up before anything here works.
 */
export default async function PlatformLayout({ children }: { children: ReactNode }) {
  const { ctx, mayOperate } = await getPlatformContext()
  return (
    <ConsoleShell sidebar={<Sidebar ctx={ctx} />} place="Platform">
      <SupportBannerOf ctx={ctx} />
      {mayOperate ? (
        children
      ) : (
        <div className="mx-auto mt-8 max-w-lg rounded-lg border border-slate-200 bg-surface p-6 shadow-xs sm:mt-16 sm:p-8">
          <h1 className="text-lg font-semibold">Set up two-factor authentication first</h1>
          <p className="mt-2 text-sm text-slate-600">
            The platform console reaches every organisation on this instance, so it opens only with a second factor.
          </p>
          <Link href="/two-factor/setup" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
            Set up two-factor authentication
          </Link>
        </div>
      )}
      <Toaster />
    </ConsoleShell>
  )
}
