/**
 * Calibration: compare a scenario's simulated KPIs with published figures (`check`) and
 * search behavioural parameters until they match (`fit`, Nelder–Mead over common random numbers).
 */
export { checkTargets, calibrationObjective, allowedDifference, NO_VALUE_MISS, type CheckedTarget, type CheckResult } from './check.ts';
export { fitScenario, type FitOptions, type FitResult, type FitStep } from './fit.ts';
export { fitParameters, withParameters, initialStep, FitParameterError, type FitParameter } from './fit-parameters.ts';
export { measureText, measureValue } from './measure.ts';
export { minimise, type SearchOptions, type SearchResult, type SearchStep } from './nelder-mead.ts';
export { reportYearLabels, targetKpis, targetsContext } from './target-kpis.ts';
