/**
 * One attempt at a time (semantics §6: a double click makes one VM). While an attempt runs,
 * `run` hands back the running attempt instead of starting another; each attempt has its own id
 * so a caller can tell a stale answer from the current one.
 */
export interface Attempt<T> {
  id: number;
  promise: Promise<T>;
}

export interface SingleFlight<T> {
  run(work: (attemptId: number) => Promise<T>): Attempt<T>;
  /** The running attempt, if any. */
  current(): Attempt<T> | undefined;
}

export const createSingleFlight = <T>(): SingleFlight<T> => {
  let running: Attempt<T> | undefined;
  let counter = 0;
  return {
    run(work) {
      if (running) return running;
      counter += 1;
      const id = counter;
      const promise = Promise.resolve()
        .then(() => work(id))
        .finally(() => {
          if (running?.id === id) running = undefined;
        });
      running = { id, promise };
      return running;
    },
    current: () => running,
  };
};
