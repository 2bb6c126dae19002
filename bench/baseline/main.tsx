import { createRoot } from 'react-dom/client'

// The start-up baseline: the same React, mounting a root that renders one empty element.
const root = document.getElementById('root')
if (!root) throw new Error('no #root')
createRoot(root).render(<div className="empty-root" />)
