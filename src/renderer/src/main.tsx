import { firstState } from './state/first-state'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, firstViewCode } from './App'
import { useStore } from './state/store'
import { listenForAppKeys } from './components/shell/app-key-listeners'
import './styles.css'

listenForAppKeys()
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
// The state and the first view's code usually arrive within a few ms: one first render that
// already shows the view is quicker than a loading screen and a second pass. A slow load still
// shows the loading screen.
const loading = Promise.all([useStore.getState().app.getState(firstState), firstViewCode])
void Promise.race([loading, new Promise((resolve) => setTimeout(resolve, 100))]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
