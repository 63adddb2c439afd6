import { createContext, useContext } from 'react'

/** A screen with unsaved work registers a guard; navigation awaits it. false = stay. */
export type LeaveGuard = () => Promise<boolean>

export const LeaveGuardContext = createContext<(g: LeaveGuard | null) => void>(() => {})

export function useSetLeaveGuard() {
  return useContext(LeaveGuardContext)
}
