/** Everything derived from a plan document: one implementation for the editor panels and the export. */
export * from './initiatives'
export * from './actionPlan'
export * from './focusOverview'
export * from './focusMatrix'
export * from './format'
export * from './catalogueUpgrade'
