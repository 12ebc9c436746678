/**
 * At most this long before deferred work runs anyway, so a page that is never idle (a watch storm)
 * still gets its checks and parses done.
 */
const IDLE_TIMEOUT_MS = 500;

/** Time one idle slice may take when the browser does not say how much it has. */
const FALLBACK_SLICE_MS = 8;

/**
 * Runs `work` when the browser is idle; a plain timer would queue ahead of a frame's follow-up
 * tasks instead. Idle time can still come before a frame that is due: work that must not delay an
 * interaction's paint uses `afterNextPaint`. `work` gets the time it may take. Returns a cancel
 * function.
 */
export const whenIdle = (work: (budgetMs: number) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(
      (deadline) => work(deadline.didTimeout ? FALLBACK_SLICE_MS : deadline.timeRemaining()),
      { timeout: IDLE_TIMEOUT_MS },
    );
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(() => work(FALLBACK_SLICE_MS), 0);
  return () => clearTimeout(timer);
};

/**
 * `whenIdle`, once the next frame has been produced. Chromium can grant an idle period between
 * a keystroke's commit and its paint (the catalog benchmark's traces show deferred renders running
 * there), so the follow-ups of a keystroke wait for its frame first. Returns a cancel function.
 */
export const afterNextPaint = (work: (budgetMs: number) => void): (() => void) => {
  if (typeof requestAnimationFrame !== 'function') return whenIdle(work);
  let cancelIdle = () => {};
  const frame = requestAnimationFrame(() => {
    cancelIdle = whenIdle(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle();
  };
};
