import type { Metadata } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { HydrationMarker } from '@/components/console/hydration-marker'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Atrium', template: '%s · Atrium' },
  description: 'Multi-tenant workspace console',
  icons: { icon: '/icon.svg' },
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce (proxy.ts).
  await connection()
  return (
    <html lang="en">
      <body className="min-h-screen">
        <HydrationMarker />
        {children}
      </body>
    </html>
  )
}
