import { describe, expect, it } from 'vitest'
import { Suspense } from 'react'
import { render, screen } from '@testing-library/react'
import { lazyView } from '../../src/renderer/src/lazy-view'

function Hello() {
  return <p>Hello view</p>
}

describe('lazyView', () => {
  it('renders a preloaded view at once, without showing the fallback', async () => {
    const View = lazyView(() => Promise.resolve({ default: Hello }))
    await View.preload()
    expect(View.isLoaded()).toBe(true)
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <View />
      </Suspense>,
    )
    expect(screen.getByText('Hello view')).toBeTruthy()
    expect(screen.queryByText('Loading…')).toBeNull()
  })

  it('still loads on first render when nobody preloaded it', async () => {
    const View = lazyView(() => Promise.resolve({ default: Hello }))
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <View />
      </Suspense>,
    )
    expect(await screen.findByText('Hello view')).toBeTruthy()
  })

  it('can retry after a failed fetch', async () => {
    let attempts = 0
    const View = lazyView(() => {
      attempts += 1
      if (attempts === 1) return Promise.reject<{ default: typeof Hello }>(new Error('offline'))
      return Promise.resolve({ default: Hello })
    })
    await expect(View.preload()).rejects.toThrow('offline')
    await View.preload()
    expect(View.isLoaded()).toBe(true)
  })
})
