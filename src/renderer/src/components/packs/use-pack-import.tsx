import { useState, type ReactNode } from 'react'
import type { PackPreview } from '../../../../shared/contract/packs'
import { isCancelled } from '../../../../shared/contract/cancelled'
import type { Outcome } from '../../state/call'
import { useStore } from '../../state/store'
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
  const [preview, setPreview] = useState<PackPreview | null>(null)
  const [busy, setBusy] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const [message, setMessage] = useState<PackImport['message']>(null)

  const open = async (pending: Promise<Outcome<PackPreview | { cancelled: true }>>): Promise<void> => {
    setBusy(true)
    setMessage(null)
    const outcome = await pending
    setBusy(false)
    if (!outcome.ok) setMessage({ kind: 'error', text: outcome.message })
    else if (!isCancelled(outcome.value)) setPreview(outcome.value)
  }
  const confirm = async (current: PackPreview): Promise<void> => {
    setBusy(true)
    setDialogError(null)
    const outcome = await packs.confirm(current.token)
    setBusy(false)
    if (!outcome.ok) return setDialogError(outcome.message)
    setPreview(null)
    setMessage({ kind: 'done', text: `${current.source.kind === 'shipped' ? 'Added' : 'Imported'} ${current.source.name}.` })
  }
  const cancel = (current: PackPreview): void => {
    setPreview(null)
    setDialogError(null)
    void packs.cancel(current.token)
  }
  return {
    chooseFile: () => open(packs.chooseImport()),
    previewShipped: (packId) => open(packs.previewShipped(packId)),
    addShipped: async (packId) => {
      setBusy(true)
      setMessage(null)
      const previewed = await packs.previewShipped(packId)
      const outcome = previewed.ok ? await packs.confirm(previewed.value.token) : previewed
      setBusy(false)
      setMessage(outcome.ok && previewed.ok ? { kind: 'done', text: `Added ${previewed.value.source.name}.` } : { kind: 'error', text: outcome.ok ? '' : outcome.message })
    },
    busy,
    message,
    dialog: preview ? <PackPreviewDialog preview={preview} busy={busy} error={dialogError} onConfirm={() => void confirm(preview)} onCancel={() => cancel(preview)} /> : null,
  }
}
