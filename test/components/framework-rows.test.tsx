import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import FrameworksView from '../../src/renderer/src/views/FrameworksView'
import { UndoBar } from '../../src/renderer/src/components/shell/UndoBar'

const real = withRealApi()

describe('framework rows in the Frameworks view', () => {
  it('a removed row frees its compare slot, gives its stored pick up only for a new one, and comes back from Removed rows', async () => {
    const user = userEvent.setup()
    render(
      <>
        <FrameworksView />
        <UndoBar />
      </>,
    )
    for (const name of ['Ruby on Rails', 'Django', 'Flask', 'Gin'])
      await user.click(screen.getByRole('checkbox', { name: `Compare ${name}` }))
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Compare Express' })).toHaveProperty('disabled', true),
    )

    await user.click(screen.getByRole('button', { name: 'Django details' }))
    await user.click(
      within(screen.getByRole('dialog', { name: 'Django' })).getByRole('button', {
        name: 'Remove Django from the table',
      }),
    )
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Compare Django' })).toBeNull())
    expect(await screen.findByText('Removed Django from the table.')).toBeTruthy()
    expect(real.core.store.state.frameworks.compare).toEqual(['rails', 'django', 'flask', 'gin'])
    const express = screen.getByRole('checkbox', { name: 'Compare Express' })
    expect(express).toHaveProperty('disabled', false)
    await user.click(express)
    await waitFor(() => expect(real.core.store.state.frameworks.compare).toEqual(['rails', 'flask', 'gin', 'express']))

    await user.click(
      within(screen.getByRole('region', { name: 'Removed rows' })).getByRole('button', { name: 'Restore Django' }),
    )
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Compare Django' })).toHaveProperty('checked', false),
    )
    expect(screen.queryByRole('region', { name: 'Removed rows' })).toBeNull()
  })
})
