import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import { KeyboardLayer } from '../../src/renderer/src/components/shell/KeyboardLayer'
import { listenForAppKeys } from '../../src/renderer/src/components/shell/app-key-listeners'
import SkillsView from '../../src/renderer/src/views/SkillsView'

withRealApi()

let root: Root | null = null
afterEach(() => {
  root?.unmount()
  root = null
  document.body.replaceChildren()
})

/**
 * Mounts `ui` as main.tsx does (no act(), which would run every effect at once) and presses a
 * key the moment React first puts it in the page: before React's passive effects run, as a
 * learner pressing a shortcut while the window appears (or a test) can.
 */
function pressAtFirstCommit(ui: ReactNode, key: KeyboardEventInit): Promise<void> {
  const container = document.body.appendChild(document.createElement('div'))
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect()
      document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...key }))
      resolve()
    })
    observer.observe(container, { childList: true })
    root = createRoot(container)
    root.render(ui)
  })
}

describe('app-wide keys work from the first paint', () => {
  it('Ctrl+K pressed before anything is on screen opens the command palette with the first paint', async () => {
    // As main.tsx does before its first render.
    const stop = listenForAppKeys()
    try {
      useStore.getState().setOverlay(null)
      document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'k', ctrlKey: true }))
      expect(useStore.getState().overlay).toBe('palette')
      const container = document.body.appendChild(document.createElement('div'))
      root = createRoot(container)
      root.render(<KeyboardLayer />)
      await vi.waitFor(() => expect(container.querySelector('.palette [cmdk-input]')).not.toBeNull(), { timeout: 5000 })
    } finally {
      useStore.getState().setOverlay(null)
      stop()
    }
  })

  it('Ctrl+K at the first commit opens the command palette', async () => {
    const stop = listenForAppKeys()
    try {
      await pressAtFirstCommit(
        <>
          <p>First screen</p>
          <KeyboardLayer />
        </>,
        { key: 'k', ctrlKey: true },
      )
      expect(useStore.getState().overlay).toBe('palette')
    } finally {
      useStore.getState().setOverlay(null)
      stop()
    }
  })

  it('"/" focuses the skills search', async () => {
    await pressAtFirstCommit(<SkillsView />, { key: '/' })
    expect(document.activeElement).toBe(document.getElementById('skill-search'))
  })
})
