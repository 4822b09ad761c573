import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AuthFrame } from '@/components/auth/auth-frame'
import { getDb } from '@/lib/db/client'
import { needsSetUp } from '@/lib/tenants/setup'
import { SetUpForm } from './setup-form'

export const metadata: Metadata = { title: 'Set up Atrium' }

/** The first run: shown while the instance has no account; afterwards it sends everyone to sign in. */
export default async function SetUpPage() {
  if (!(await needsSetUp(getDb()))) redirect('/login')
  return (
    <AuthFrame title="Set up Atrium" subtitle="Create the first account and organisation" wide>
      <SetUpForm />
    </AuthFrame>
  )
}
