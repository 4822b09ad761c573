'use client'

import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Modal } from '@/components/ui/modal'
import { EnvironmentForm } from './environment-form'

/** "Add environment" and its form in a dialog; once added, its page opens. */
export function AddEnvironmentButton({ workspaceId, environments }: { workspaceId: string; environments: { id: string; name: string }[] }) {
  const [isOpen, setOpen] = useState(false)
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        Add environment
      </Button>
      <Modal open={isOpen} onClose={() => setOpen(false)} title="Add an environment">
        <EnvironmentForm workspaceId={workspaceId} environments={environments} onCancel={() => setOpen(false)} />
      </Modal>
    </>
  )
}
