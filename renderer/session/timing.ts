/** A delayed call that can be rescheduled, run now or dropped. */
export interface Scheduled {
  /** (Re)starts the wait; the call happens once the wait ends. */
  schedule(): void;
  /** Runs a pending call now; does nothing when none is pending. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

/**
 * Calls `fn` once `wait` ms have passed without another `schedule()`, but no later than `maxWait`
 * ms after the first unserved `schedule()`, so continuous activity still gets served.
 */
export function debounce(fn: () => void, wait: number, maxWait = Infinity): Scheduled {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstAt: number | null = null;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstAt = null;
  };
  const fire = () => {
    clear();
    fn();
  };

  return {
    schedule() {
      const now = Date.now();
      firstAt ??= now;
      if (timer !== null) clearTimeout(timer);
      const untilMax = firstAt + maxWait - now;
      timer = setTimeout(fire, Math.max(0, Math.min(wait, untilMax)));
    },
    flush() {
      if (timer !== null) fire();
    },
    cancel: clear,
    get pending() {
      return timer !== null;
    },
  };
}

/**
 * Calls `fn` at most once per `wait` ms, at the end of the wait, however often `schedule()` is
 * called meanwhile: chrome catches up shortly after a burst of keystrokes without slowing them.
 */
export function throttle(fn: () => void, wait: number): Scheduled {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    fn();
  };
  return {
    schedule() {
      timer ??= setTimeout(fire, wait);
    },
    flush() {
      if (timer === null) return;
      clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    get pending() {
      return timer !== null;
    },
  };
}
