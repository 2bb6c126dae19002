import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { RemindersPanel } from '../../src/renderer/src/components/reminders/RemindersPanel'
import { ReminderOffer } from '../../src/renderer/src/components/reminders/ReminderOffer'
import { withRealApi } from '../support/with-real-api'

const real = withRealApi()
const stored = () => real.core.store.state.device.reminders

describe('the reminder offer', () => {
  it('turns on reminders of due cards and is not offered again', async () => {
    const { unmount } = render(<ReminderOffer />)
    await userEvent.click(await screen.findByRole('button', { name: 'Turn on' }))
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull())
    expect(stored()).toMatchObject({ enabled: true, offerAnswered: true, kinds: { cardsDue: true, streak: false } })
    unmount()
    render(<ReminderOffer />)
    expect(screen.queryByText('Get a reminder when cards are due?')).toBeNull()
  })

  it('remembers Not now, leaving everything off', async () => {
    render(<ReminderOffer />)
    expect(screen.getByRole('complementary', { name: 'Get a reminder when cards are due?' })).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull())
    expect(stored()).toMatchObject({ enabled: false, offerAnswered: true, kinds: { cardsDue: false } })
  })
})

describe('the Reminders section', () => {
  it('starts with everything off, the kinds waiting for reminders to be on, and saves each choice on this computer', async () => {
    render(<RemindersPanel />)
    const show = screen.getByRole('checkbox', { name: 'Show reminders' })
    const cards = screen.getByRole('checkbox', { name: 'Cards are due for review' })
    const tray = screen.getByRole('checkbox', { name: /Keep running in the tray/ })
    for (const box of screen.getAllByRole('checkbox')) expect((box as HTMLInputElement).checked).toBe(false)
    // The kinds sit in a fieldset that waits for reminders to be on; the tray's does not.
    const groupOff = (box: HTMLElement): boolean | undefined => box.closest('fieldset')?.disabled
    expect(groupOff(cards)).toBe(true)
    expect(groupOff(tray)).toBe(false)

    await userEvent.click(show)
    await waitFor(() => expect(groupOff(cards)).toBe(false))
    await userEvent.click(cards)
    await userEvent.click(screen.getByRole('checkbox', { name: 'No reminders during these hours' }))
    await userEvent.click(tray)
    await waitFor(() =>
      expect(stored()).toMatchObject({
        enabled: true,
        kinds: { cardsDue: true },
        quiet: { on: true, from: '22:00', to: '08:00' },
        keepInTray: true,
      }),
    )
    expect(real.core.store.state.settings).not.toHaveProperty('reminders')
  })

  it('snoozes and ends the snooze', async () => {
    render(<RemindersPanel />)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show reminders' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Snooze 1 hour' }))
    await screen.findByText(/^Snoozed until /)
    expect(stored().snoozeUntil).not.toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'End snooze' }))
    await screen.findByText('Need a break from them?')
    expect(stored().snoozeUntil).toBeNull()
  })
})
