import { createRoot } from 'react-dom/client'
import { App } from './features/app/App'
import './styles/base.css'
import { logUncaughtRendererErrors } from './features/errors/logRendererError'

logUncaughtRendererErrors()

createRoot(document.getElementById('root')!).render(<App />)
