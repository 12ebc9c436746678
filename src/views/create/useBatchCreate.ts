import * as React from 'react';
import type { KubeObject } from '../../appliance/types';
import {
  applyBatch,
  createSingleFlight,
  deleteBatch,
  type ApplyClient,
  type BatchOutcome,
  type BatchProgress,
} from '../../k8s/apply';

export type BatchState =
  | { status: 'idle' }
  | { status: 'creating'; progress?: BatchProgress }
  | { status: 'done'; outcome: BatchOutcome }
  | { status: 'deleting'; outcome: BatchOutcome }
  /** After a failure, the user's choice: what was made is deleted, or kept. */
  | {
      status: 'resolved';
      outcome: BatchOutcome;
      choice: 'deleted' | 'kept';
      leftBehind: KubeObject[];
    };

/**
 * Creating a batch (semantics §11) from the page: one batch at a time (a second click joins the
 * running one), progress as it goes, and after a failure the user's choice to delete the batch
 * or keep what was made.
 */
export const useBatchCreate = (client: ApplyClient) => {
  const [state, setState] = React.useState<BatchState>({ status: 'idle' });
  const guard = React.useRef(createSingleFlight<BatchOutcome>());
  const start = React.useCallback(
    (plans: KubeObject[][]) => {
      if (guard.current.current()) return;
      setState({ status: 'creating' });
      guard.current
        .run(() =>
          applyBatch(client, plans, (progress) => setState({ status: 'creating', progress })),
        )
        .promise.then((outcome) => setState({ status: 'done', outcome }));
    },
    [client],
  );
  const resolve = React.useCallback(
    async (choice: 'deleted' | 'kept') => {
      if (state.status !== 'done' || state.outcome.ok) return;
      const { outcome } = state;
      if (choice === 'kept') {
        setState({ status: 'resolved', outcome, choice, leftBehind: [] });
        return;
      }
      setState({ status: 'deleting', outcome });
      const undo = await deleteBatch(client, outcome.progress);
      setState({ status: 'resolved', outcome, choice, leftBehind: undo.leftBehind });
    },
    [client, state],
  );
  /** Back to the review after a refused dry run or a resolved failure. */
  const reset = React.useCallback(() => setState({ status: 'idle' }), []);
  return { state, start, resolve, reset };
};
