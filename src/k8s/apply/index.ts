export { applyPlan, dryRun, orderForCreate } from './plan';
export type { ApplyClient, ApplyFailure, ApplyResult, ApplyStep, ApplySuccess } from './plan';
export { errorToFindings, fieldToPointer, serverMessage, statusOf } from './errors';
export { createSingleFlight, type Attempt, type SingleFlight } from './guard';
export {
  applyBatch,
  deleteBatch,
  BATCH_CONCURRENCY,
  type BatchOutcome,
  type BatchProgress,
  type BatchVm,
  type BatchVmState,
} from './batch';
