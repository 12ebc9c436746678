import { afterNextPaint } from '../../../../src/views/catalog/idle';

/** A browser's frame and idle queues, run by hand. */
const fakeBrowser = () => {
  const frames = new Map<number, FrameRequestCallback>();
  const idles = new Map<number, IdleRequestCallback>();
  let id = 0;
  const g = globalThis as Record<string, unknown>;
  g.requestAnimationFrame = (cb: FrameRequestCallback) => (frames.set(++id, cb), id);
  g.cancelAnimationFrame = (n: number) => frames.delete(n);
  g.requestIdleCallback = (cb: IdleRequestCallback) => (idles.set(++id, cb), id);
  g.cancelIdleCallback = (n: number) => idles.delete(n);
  const drain = <T>(queue: Map<number, T>, run: (cb: T) => void) => {
    const due = [...queue.values()];
    queue.clear();
    due.forEach(run);
  };
  return {
    frame: () => drain(frames, (cb) => cb(0)),
    idle: () => drain(idles, (cb) => cb({ didTimeout: false, timeRemaining: () => 12 })),
    restore: () =>
      [
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
      ].forEach((k) => delete g[k]),
  };
};

describe('afterNextPaint', () => {
  it('waits for the next frame, then for idle time', () => {
    const browser = fakeBrowser();
    const work = jest.fn();
    afterNextPaint(work);
    browser.idle(); // an idle period before the frame that is due: too early
    expect(work).not.toHaveBeenCalled();
    browser.frame();
    expect(work).not.toHaveBeenCalled();
    browser.idle();
    expect(work).toHaveBeenCalledWith(12);
    browser.restore();
  });

  it('cancels before the frame and after it', () => {
    const browser = fakeBrowser();
    const early = jest.fn();
    afterNextPaint(early)();
    browser.frame();
    browser.idle();
    const late = jest.fn();
    const cancel = afterNextPaint(late);
    browser.frame();
    cancel();
    browser.idle();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
    browser.restore();
  });
});
