import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import SkillsView from '../../src/renderer/src/views/SkillsView'
import { skillById } from '../../src/shared/curriculum/skills'

const real = withRealApi({ load: false })
const apis = skillById('apis')!
const ids = apis.subtopics.map((sub) => sub.id)
const last = apis.subtopics[apis.subtopics.length - 1]!

/** Stores APIs with `status` and the given sub-topics ticked, loads it and opens the Skills view on it. */
async function openApis(status: 'learning' | 'done', ticked: readonly string[]): Promise<HTMLElement> {
  await real.core.store.update(
    (s) =>
      void (s.skills.apis = { status, confidence: 0, subtopics: Object.fromEntries(ticked.map((id) => [id, true])) }),
  )
  await useStore.getState().app.getState()
  useStore.getState().selectSkill('apis')
  render(<SkillsView />)
  await userEvent.click(screen.getByRole('tab', { name: 'Sub-topics and progress' }))
  return screen.findByRole('group', { name: 'Sub-topics of APIs' })
}

const statusSelect = (): HTMLSelectElement =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status of APIs' })

describe('status and sub-topics', () => {
  it('offers Done when the last open sub-topic is ticked, and accepting marks it done', async () => {
    const user = userEvent.setup()
    const group = await openApis('learning', ids.slice(0, -1))
    const checkbox = within(group).getByRole('checkbox', { name: last.title })
    checkbox.focus()
    await user.keyboard(' ')
    const dialog = await screen.findByRole('alertdialog', { name: 'Mark APIs as Done?' })
    expect(within(dialog).getByText(`All ${ids.length} sub-topics are ticked.`)).toBeTruthy()
    // The safe answer has focus: Enter or Escape changes nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Not yet' }))
    expect(real.core.store.state.skills.apis?.status).toBe('learning')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as done' }))
    await waitFor(() => expect(real.core.store.state.skills.apis?.status).toBe('done'))
    expect(statusSelect().value).toBe('done')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(document.activeElement).toBe(checkbox)
  })

  it('leaves the status alone when the learner says not yet', async () => {
    const user = userEvent.setup()
    const group = await openApis('learning', ids.slice(0, -1))
    await user.click(within(group).getByRole('checkbox', { name: last.title }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Mark APIs as Done?' })
    await user.click(within(dialog).getByRole('button', { name: 'Not yet' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(real.core.store.state.skills.apis).toMatchObject({
      status: 'learning',
      subtopics: Object.fromEntries(ids.map((id) => [id, true])),
    })
    expect(statusSelect().value).toBe('learning')
  })

  it('does not ask while sub-topics are still open', async () => {
    const user = userEvent.setup()
    const group = await openApis('learning', [])
    await user.click(within(group).getByRole('checkbox', { name: last.title }))
    await waitFor(() => expect(real.core.store.state.skills.apis?.subtopics).toEqual({ [last.id]: true }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('asks whether a Done skill stays Done when a sub-topic is unticked', async () => {
    const user = userEvent.setup()
    const group = await openApis('done', ids)
    await user.click(within(group).getByRole('checkbox', { name: last.title }))
    let dialog = await screen.findByRole('alertdialog', { name: 'Keep APIs as Done?' })
    expect(
      within(dialog).getByText(new RegExp(`${ids.length - 1} of ${ids.length} sub-topics are ticked now`)),
    ).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Keep Done' }))
    expect(real.core.store.state.skills.apis?.status).toBe('done')
    expect(real.core.store.state.skills.apis?.subtopics[last.id]).toBeUndefined()

    await user.click(within(group).getByRole('checkbox', { name: apis.subtopics[0]!.title }))
    dialog = await screen.findByRole('alertdialog', { name: 'Keep APIs as Done?' })
    await user.click(within(dialog).getByRole('button', { name: 'Move to Learning' }))
    await waitFor(() => expect(real.core.store.state.skills.apis?.status).toBe('learning'))
    expect(statusSelect().value).toBe('learning')
  })

  it('says a Done skill counts in full beside its full bar, in the row and in the pane', async () => {
    const group = await openApis('done', ids.slice(0, 2))
    const row = screen.getByRole('button', { name: 'APIs' }).closest('li') as HTMLElement
    expect(within(row).getByText(`Done, counted in full (2 of ${ids.length} sub-topics ticked)`)).toBeTruthy()
    expect(within(row).getByRole('progressbar', { name: 'Progress of APIs' }).getAttribute('aria-valuenow')).toBe('100')
    expect(
      within(group).getByText(`2 of ${ids.length} ticked; the skill is marked Done, so it counts in full`),
    ).toBeTruthy()
    expect(screen.getByRole('progressbar', { name: 'Completion of APIs' }).getAttribute('aria-valuenow')).toBe('100')
  })
})
