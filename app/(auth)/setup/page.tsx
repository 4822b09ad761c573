import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { AuthFrame } from '@/components/auth/auth-frame'
import { getDb } from '@/lib/db/client'
import { getConfig } from '@/lib/config'
import { needsSetUp, SET_UP_KEY_NEEDED, setUpKeyOf } from '@/lib/tenants/setup'
import { firstValue } from '@/lib/validation'
import { SetUpForm } from './setup-form'

export const metadata: Metadata = { title: 'Set up Atrium' }

/** The first run: shown while the instance has no account; afterwards it sends everyone to sign in. */
export default async function SetUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await needsSetUp(getDb()))) redirect('/login')
  const expected = setUpKeyOf(getConfig())
  const key = firstValue((await searchParams).key) ?? ''
  return (
    <AuthFrame title="Set up Atrium" subtitle="Create the first account and organisation" wide>
      {expected && key !== expected ? <p className="text-sm text-slate-700">{SET_UP_KEY_NEEDED}</p> : <SetUpForm setUpKey={key} />}
    </AuthFrame>
  )
}
