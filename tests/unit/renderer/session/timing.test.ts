import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, throttle } from '../../../../renderer/session/timing';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('debounce', () => {
  it('calls once after the wait following the last schedule', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d.schedule();
    vi.advanceTimersByTime(60);
    d.schedule();
    vi.advanceTimersByTime(60);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('calls no later than maxWait after the first unserved schedule', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100, 250);
    for (let i = 0; i < 5; i++) {
      d.schedule();
      vi.advanceTimersByTime(60);
    }
    expect(fn).toHaveBeenCalledTimes(1);
    // The next burst measures its maximum from its own start.
    d.schedule();
    vi.advanceTimersByTime(99);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('runs a pending call on flush and drops it on cancel', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d.flush();
    expect(fn).not.toHaveBeenCalled();
    d.schedule();
    expect(d.pending).toBe(true);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });
});

describe('throttle', () => {
  it('calls at most once per wait, at its end', () => {
    const fn = vi.fn();
    const t = throttle(fn, 100);
    t.schedule();
    t.schedule();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    t.schedule();
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('serves a steady stream of schedules once per wait', () => {
    const fn = vi.fn();
    const t = throttle(fn, 100);
    for (let i = 0; i < 50; i++) {
      t.schedule();
      vi.advanceTimersByTime(10);
    }
    expect(fn).toHaveBeenCalledTimes(5);
  });

  it('runs now on flush and not at all after cancel', () => {
    const fn = vi.fn();
    const t = throttle(fn, 100);
    t.schedule();
    t.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    t.schedule();
    t.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
