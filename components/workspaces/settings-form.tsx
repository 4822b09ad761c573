'use client'

import { useState } from 'react'
import { submitWith, useAction } from '@/components/actions/use-action'
import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { DescriptionField, WorkspaceNameField } from './workspace-fields'
import { FormAlert } from '@/components/ui/form-alert'
import { ColorPicker } from './color-picker'
import { isWorkspaceColor, type WorkspaceColor } from '@/lib/workspaces/palette'

interface Props {
  workspace: { id: string; name: string; slug: string; description: string; color: string }
}

export function WorkspaceSettingsForm({ workspace }: Props) {
  const { run, pending, fieldErrors, formError } = useAction('workspace.updateSettings', {
    confirm: (input, { changed }) =>
      changed.length ? `Saved the settings of ${input.name.trim()}.` : 'Nothing to save: no field changed.',
  })
  const [name, setName] = useState(workspace.name)
  const [description, setDescription] = useState(workspace.description)
  const [color, setColor] = useState<WorkspaceColor>(isWorkspaceColor(workspace.color) ? workspace.color : 'slate')

  return (
    <form onSubmit={submitWith(() => run({ workspaceId: workspace.id, name, description, color }))} className="space-y-5" noValidate>
      <FormAlert message={formError} />
      <WorkspaceNameField value={name} errors={fieldErrors?.name} onChange={(e) => setName(e.target.value)} />
      <TextField
        id="slug"
        label="Slug"
        hint="Set when the workspace was created. It never changes: the audit log and bookmarks refer to it."
        value={workspace.slug}
        readOnly
        className="font-mono"
      />
      <DescriptionField value={description} onChange={setDescription} errors={fieldErrors?.description} />
      <ColorPicker value={color} onChange={setColor} errors={fieldErrors?.color} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save changes'}
        </Button>
      </div>
    </form>
  )
}
