import { useState, type ReactNode } from 'react'
import type { PackPreview } from '../../../../shared/contract/packs'
import type { Cancelled } from '../../../../shared/contract/cancelled'
import type { Outcome } from '../../state/call'
import { useStore } from '../../state/store'
import { usePendingImport } from '../imports/use-pending-import'
import { PackPreviewDialog } from './PackPreviewDialog'

/** What the import flow offers a component: start it from a file or a shipped pack, its dialog, and what it last said. */
export interface PackImport {
  chooseFile: () => Promise<void>
  previewShipped: (packId: string) => Promise<void>
  /** Adds a shipped pack at once, without the preview (the first start's chooser, on a fresh curriculum). */
  addShipped: (packId: string) => Promise<void>
  busy: boolean
  /** The last failure (a refused file) or what was imported. */
  message: { kind: 'error' | 'done'; text: string } | null
  dialog: ReactNode
}

/** The one import flow: pick a file (or a shipped pack), see the preview, confirm or cancel; main checks and writes. */
export function usePackImport(): PackImport {
  const packs = useStore((s) => s.packs)
  const confirmImport = useStore((s) => s.imports.confirm)
  const flow = usePendingImport<PackPreview>()
  const [adding, setAdding] = useState(false)
  const [message, setMessage] = useState<PackImport['message']>(null)

  const open = async (action: () => Promise<Outcome<PackPreview | Cancelled>>): Promise<void> => {
    setMessage(null)
    const failure = await flow.open(action)
    if (failure) setMessage({ kind: 'error', text: failure })
  }
  const confirm = async (): Promise<void> => {
    const done = await flow.confirm()
    if (done)
      setMessage({
        kind: 'done',
        text: `${done.preview.source.kind === 'shipped' ? 'Added' : 'Imported'} ${done.preview.source.name}.`,
      })
  }
  return {
    chooseFile: () => open(packs.chooseImport),
    previewShipped: (packId) => open(() => packs.previewShipped(packId)),
    addShipped: async (packId) => {
      setAdding(true)
      setMessage(null)
      const previewed = await packs.previewShipped(packId)
      const outcome = previewed.ok ? await confirmImport(previewed.value.token) : previewed
      setAdding(false)
      setMessage(
        outcome.ok && previewed.ok
          ? { kind: 'done', text: `Added ${previewed.value.source.name}.` }
          : { kind: 'error', text: outcome.ok ? '' : outcome.message },
      )
    },
    busy: adding || flow.busy,
    message,
    dialog: flow.preview ? (
      <PackPreviewDialog
        preview={flow.preview}
        busy={flow.busy}
        error={flow.error}
        onConfirm={() => void confirm()}
        onCancel={flow.cancel}
      />
    ) : null,
  }
}
