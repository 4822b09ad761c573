import type { ReactNode } from 'react'
import { ConsoleShell } from '@/components/console/console-shell'
import { Sidebar } from '@/components/console/sidebar'
import { SupportBannerOf } from '@/components/support/support-banner-of'
import { Toaster } from '@/components/ui/toaster'
import { getPlatformContext } from '@/lib/platform/context'

/**
 * The platform console (docs/architecture.md §15): platform operators only, everyone else gets
 * the 404 of any unknown page; an operator without two-factor authentication is sent to set
 * it up first (getPlatformContext, which every page asks too).
 */
export default async function PlatformLayout({ children }: { children: ReactNode }) {
  const { ctx } = await getPlatformContext()
  return (
    <ConsoleShell sidebar={<Sidebar ctx={ctx} />} place="Platform">
      <SupportBannerOf ctx={ctx} />
      {children}
      <Toaster />
    </ConsoleShell>
  )
}
