import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { HydrationMarker } from '@/components/console/hydration-marker'
import { InputModality } from '@/components/ui/input-modality'
import { THEME_COOKIE, themeFrom } from '@/lib/theme'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Atrium', template: '%s · Atrium' },
  description: 'Multi-tenant workspace console',
  icons: { icon: '/icon.svg' },
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce (proxy.ts).
  await connection()
  const theme = themeFrom((await cookies()).get(THEME_COOKIE)?.value)
  return (
    <html lang="en" data-theme={theme === 'system' ? undefined : theme}>
      <body className="min-h-screen">
        <HydrationMarker />
        <InputModality />
        {children}
      </body>
    </html>
  )
}
