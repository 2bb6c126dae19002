import { drawDiagrams } from './draw'

// The one thing this page offers: main calls it with executeJavaScript (the harness with evaluate).
Object.defineProperty(window, 'renderDiagrams', { value: drawDiagrams })
