import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import SkillsView from '../../src/renderer/src/views/SkillsView'
import DashboardView from '../../src/renderer/src/views/DashboardView'
import { curriculumCards } from '../../src/shared/curriculum/cards'
import { skillById } from '../../src/shared/curriculum/skills'
import { COMMANDS } from '../../src/renderer/src/commands/commands'

const real = withRealApi({ load: false })

describe('the skill detail pane', () => {
  it('holds the evidence list, and the notes pane beside it a review card form tied to the open note', async () => {
    const now = new Date().toISOString()
    await real.core.store.update(
      (s) =>
        void (s.notes['n-1'] = {
          id: 'n-1',
          skillId: 'apis',
          title: 'Idempotence',
          body: 'PUT twice, same result.',
          createdAt: now,
          updatedAt: now,
        }),
    )
    await useStore.getState().app.getState()
    useStore.getState().selectSkill('apis')
    const user = userEvent.setup()
    render(<SkillsView />)
    await user.click(screen.getByRole('tab', { name: 'Sub-topics and progress' }))
    const detail = await screen.findByRole('article', { name: 'APIs' })
    expect(within(detail).getByRole('heading', { name: 'Evidence for APIs' })).toBeTruthy()
    await user.click(screen.getByRole('tab', { name: /^Notes/ }))
    const notes = await screen.findByRole('region', { name: 'Your notes' })
    await user.click(await within(notes).findByText('Write a review card from this note'))
    const form = await within(notes).findByRole('form', { name: 'New card from “Idempotence”' })
    // The card starts empty: the question is the learner's to write.
    expect(within(form).getByRole<HTMLTextAreaElement>('textbox', { name: 'Question' }).value).toBe('')
    await user.type(within(form).getByRole('textbox', { name: 'Question' }), 'Idempotence')
    await user.type(within(form).getByRole('textbox', { name: 'Answer' }), 'Repeating it changes nothing more')
    await user.click(within(form).getByRole('button', { name: 'Add card' }))
    expect(await within(form).findByText(/Card added/)).toBeTruthy()
    expect(Object.values(real.core.store.state.review.custom)).toMatchObject([
      { skillId: 'apis', noteId: 'n-1', front: 'Idempotence' },
    ])
  })

  it('flags a skill with a lapsed card in its row, its pane and on the Dashboard', async () => {
    const card = curriculumCards(real.core.store.state.curriculum)[0]!
    const title = skillById(card.skillId)!.title
    await real.api.review.rate({ cardId: card.id, grade: 1 })
    await useStore.getState().app.getState()
    useStore.getState().selectSkill(card.skillId)
    const { unmount } = render(<SkillsView />)
    const row = screen.getByRole('button', { name: title }).closest('li') as HTMLElement
    expect(within(row).getByText(/Needs revisit/)).toBeTruthy()
    // The open skill's bar carries the flag, whichever tab is open.
    expect(screen.getByRole('heading', { level: 2, name: title }).closest('.skill-bar-main')?.textContent).toMatch(
      /Needs revisit/,
    )
    // Other rows carry no flag.
    expect(screen.getAllByText(/Needs revisit/).length).toBe(2)
    unmount()
    render(<DashboardView />)
    const panel = screen.getByRole('region', { name: 'Needs revisit' })
    expect(within(panel).getByText(title)).toBeTruthy()
  })
})

describe('sub-topics from the skill detail', () => {
  it('a new skill without sub-topics says so, takes its first one there, and renames it in place', async () => {
    await useStore.getState().app.getState()
    const added = await useStore
      .getState()
      .curriculum.edit({ op: 'addSkill', categoryId: 'technical', title: 'Kubernetes', subtopics: [] })
    expect(added.ok).toBe(true)
    const id = real.core.store.state.curriculum.skills.find((s) => s.title === 'Kubernetes')!.id
    useStore.getState().selectSkill(id)
    const user = userEvent.setup()
    render(<SkillsView />)
    await user.click(screen.getByRole('tab', { name: 'Sub-topics and progress' }))
    const detail = await screen.findByRole('article', { name: 'Kubernetes' })
    const group = within(detail).getByRole('group', { name: 'Sub-topics of Kubernetes' })
    expect(within(group).getByText('No sub-topics yet: add the first below.')).toBeTruthy()
    expect(within(group).queryByText(/0 of 0/)).toBeNull()

    // A blank one is refused beside the field; a named one joins the checklist and the data file.
    await user.click(within(group).getByRole('button', { name: 'Add sub-topic' }))
    expect((await within(group).findByRole('alert')).textContent).not.toBe('')
    await user.type(within(group).getByRole('textbox', { name: 'New sub-topic of Kubernetes' }), 'Pods{Enter}')
    expect(await within(group).findByRole('checkbox', { name: 'Pods' })).toBeTruthy()
    expect(within(group).getByText('0 of 1 ticked')).toBeTruthy()
    expect(real.core.store.state.curriculum.skills.find((s) => s.id === id)?.subtopics.map((s) => s.title)).toEqual([
      'Pods',
    ])

    // Rename in place, then back to the checkboxes with focus on the button that opened the fields.
    await user.click(within(group).getByRole('button', { name: 'Add or rename sub-topics' }))
    const field = within(group).getByRole('textbox', { name: 'Sub-topic 1 of Kubernetes' })
    expect(within(group).queryByRole('checkbox')).toBeNull()
    await user.clear(field)
    await user.type(field, 'Pods and services{Enter}')
    await waitFor(() =>
      expect(real.core.store.state.curriculum.skills.find((s) => s.id === id)?.subtopics.map((s) => s.title)).toEqual([
        'Pods and services',
      ]),
    )
    await user.click(within(group).getByRole('button', { name: 'Done with sub-topics' }))
    expect(within(group).getByRole('checkbox', { name: 'Pods and services' })).toBeTruthy()
    expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Add or rename sub-topics' }))
  })
})

describe('the command palette registry', () => {
  it('offers the actions of every feature, each with a unique id', () => {
    const ids = new Set(COMMANDS.map((c) => c.id))
    expect(ids.size).toBe(COMMANDS.length)
    for (const id of [
      'search',
      'note-new',
      'status-done',
      'goal-add',
      'level-mid',
      'fw-ranking',
      'report-pdf',
      'report-csv',
      'backup-save',
      'backup-import',
      'review-start',
      'timer-start',
      'shortcuts',
    ])
      expect(ids.has(id), id).toBe(true)
  })
})
