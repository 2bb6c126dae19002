import { Command } from 'cmdk'
import { useStore } from '../../state/store'
import { COMMANDS } from '../../commands/commands'
import { commandTitle } from '../../commands/command-kit'
import { Dialog } from '../common/Dialog'

/** The command palette (Ctrl/Cmd+K): every view and action, filtered as you type; Enter runs one. */
export function CommandPalette() {
  const open = useStore((s) => s.overlay === 'palette')
  const setOverlay = useStore((s) => s.setOverlay)
  // Read once per render: the list is rebuilt each time the palette opens.
  const store = useStore.getState()
  const available = open ? COMMANDS.filter((command) => command.available?.(store) ?? true) : []
  const groups = [...new Set(available.map((command) => command.group))]
  return (
    <Dialog open={open} onClose={() => setOverlay(null)} labelledBy="palette-title" className="palette">
      <h2 id="palette-title" className="visually-hidden">
        Command palette
      </h2>
      <Command label="Search commands" loop>
        <Command.Input data-autofocus placeholder="Type a command or a view…" />
        <Command.List>
          <Command.Empty>No command matches.</Command.Empty>
          {groups.map((group) => (
            <Command.Group key={group} heading={group}>
              {available
                .filter((command) => command.group === group)
                .map((command) => (
                  <Command.Item
                    key={command.id}
                    value={commandTitle(command, store)}
                    keywords={command.keywords}
                    onSelect={() => {
                      setOverlay(null)
                      // Run after the dialog has closed and handed focus back, so a command can move focus.
                      requestAnimationFrame(() => void command.run(useStore.getState()))
                    }}
                  >
                    <span>{commandTitle(command, store)}</span>
                    {command.shortcut ? <kbd>{command.shortcut}</kbd> : null}
                  </Command.Item>
                ))}
            </Command.Group>
          ))}
        </Command.List>
      </Command>
    </Dialog>
  )
}
