import { Component, type ErrorInfo, type ReactNode } from 'react'
import { BoundaryMessage } from './BoundaryMessage'
import { logRendererError } from './logRendererError'

type Props = {
  /** Where in the app, for the log line: "screen/home", "editor/comments". */
  where: string
  /** A whole screen, or one panel beside a plan that stays open. */
  kind: 'screen' | 'panel'
  children: ReactNode
}

type State = { reference: string | null }

/**
 * One part of the window failing must not take the rest with it: the error is logged with a
 * reference, the part shows a sentence, the reference and "Prøv igen" (which draws it anew), and
 * everything outside it, the plan's text in the editor above all, stays as it was. The error's
 * own message goes to the log only; the user never sees an internal message.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { reference: null }

  static getDerivedStateFromError(): Partial<State> {
    // The reference is set in componentDidCatch, where the error is logged under it.
    return { reference: '' }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const reference = logRendererError(this.props.where, error, info.componentStack ?? '')
    this.setState({ reference })
  }

  private retry = () => this.setState({ reference: null })

  override render() {
    if (this.state.reference === null) return this.props.children
    return <BoundaryMessage kind={this.props.kind} reference={this.state.reference} onRetry={this.retry} />
  }
}
