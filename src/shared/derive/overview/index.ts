/** The consultant's overview across many plans, derived from each plan's skeleton with the same
 * functions as the plan's own panels (actionPlanRows, focusOverview, catalogueUpgrade). */
export * from './planSkeleton'
export * from './overviewRows'
export * from './overviewMatrix'
export * from './catalogueStanding'
export * from './overviewFilter'
export * from './changesSince'
