import { type JobLeases, endTurn, lastSuccessAnywhere, renewTurn, takeTurn } from './job-leases.ts';

/** The part of a pino logger (Fastify's `app.log` fits) that a task reports failures to. */
export interface TaskLog {
  error(details: object, message: string): void;
}

/** When a task last ran, for its lag on /metrics (job-lag.ts). */
export interface TaskTimes {
  name: string;
  intervalMs: number;
  /** When this task was started: the lag of a job that never succeeded counts from here. */
  startedAt: Date;
  lastRoundStartedAt: Date | null;
  lastRoundFinishedAt: Date | null;
  /** The last success on this instance or, for a job run once among instances, on any. */
  lastSuccessAt: Date | null;
}

export interface RepeatingTask {
  /** Starts a round now, or right after the one in progress. */
  wake(): void;
  /** Stops the timer, asks the round in progress to stop (its signal) and waits for it. */
  stop(): Promise<void>;
  /** Resolves once no round is running or asked for (tests wait on it). */
  idle(): Promise<void>;
  times(): TaskTimes;
}

/** How a task is placed among instances; the app passes the same to every job. */
export interface TaskPlacement {
  /** Given: one instance at a time runs each round (the job's rounds must happen once). */
  leases?: JobLeases;
  /** Where the task is listed for /metrics. */
  board?: { add(task: RepeatingTask): void };
}

export interface RepeatingTaskOptions extends TaskPlacement {
  /** The job's name: its lease's and its metrics label. */
  name: string;
  intervalMs: number;
  /**
   * One round. The signal aborts when the task stops or loses its lease: a long round
   * checks it between items.
   */
  round(signal: AbortSignal): Promise<unknown>;
  log: TaskLog;
  /** Logged with the error when a round fails; the next tick tries again. */
  failureMessage: string;
  /** False: the first round waits for the first tick. */
  isRunAtStart?: boolean;
  now?: () => Date;
}

/**
 * Runs `round` every `intervalMs`, one round at a time: a tick during a slow round is
 * skipped, not queued. A failing round is logged, never thrown. With `leases`, a round runs
 * only on the instance that takes the job's lease, which it renews while the round lasts.
 */
export function startRepeatingTask(options: RepeatingTaskOptions): RepeatingTask {
  const now = options.now ?? (() => new Date());
  const times: TaskTimes = {
    name: options.name,
    intervalMs: options.intervalMs,
    startedAt: now(),
    lastRoundStartedAt: null,
    lastRoundFinishedAt: null,
    lastSuccessAt: null,
  };
  let isStopped = false;
  let isWanted = false;
  let running: Promise<void> | undefined;
  let roundControl: AbortController | undefined;

  async function runRounds() {
    while (isWanted && !isStopped) {
      isWanted = false;
      try {
        await runRoundInTurn();
      } catch (error) {
        options.log.error({ err: error, job: options.name }, options.failureMessage);
      }
    }
  }

  async function runRoundInTurn() {
    const { leases } = options;
    if (leases && !(await takeTurn(leases, options, now()))) {
      // Another instance runs it (or ran it lately): its success is the job's health here too.
      const elsewhere = await lastSuccessAnywhere(leases, options.name);
      if (elsewhere && elsewhere.getTime() > (times.lastSuccessAt?.getTime() ?? 0)) {
        times.lastSuccessAt = elsewhere;
      }
      return;
    }
    roundControl = new AbortController();
    // Stopped while the lease was being taken: the round learns it at once.
    if (isStopped) roundControl.abort();
    const renewal = leases ? keepTurn(leases, roundControl) : undefined;
    times.lastRoundStartedAt = now();
    let isSuccess = false;
    try {
      await options.round(roundControl.signal);
      isSuccess = true;
    } catch (error) {
      options.log.error({ err: error, job: options.name }, options.failureMessage);
    } finally {
      renewal?.stop();
      const finishedAt = now();
      times.lastRoundFinishedAt = finishedAt;
      if (isSuccess) times.lastSuccessAt = finishedAt;
      if (leases) await endTurn(leases, options.name, finishedAt, isSuccess);
    }
  }

  /** Renews the lease every third of its life; a lost lease aborts the round's signal. */
  function keepTurn(leases: JobLeases, control: AbortController) {
    let isOver = false;
    const renewal = setInterval(() => {
      renewTurn(leases, options.name, now())
        .then((isHeld) => {
          // A renewal still on its way as the round gave the lease back fails harmlessly.
          if (isHeld || isOver) return;
          options.log.error({ job: options.name }, 'Another instance took over this job');
          control.abort();
        })
        // A database that does not answer now may answer at the next renewal.
        .catch((error: unknown) => options.log.error({ err: error }, 'A lease was not renewed'));
    }, leases.ttlMs / 3);
    renewal.unref();
    return {
      stop() {
        isOver = true;
        clearInterval(renewal);
      },
    };
  }

  function wake() {
    if (isStopped) return;
    isWanted = true;
    running ??= runRounds().finally(() => {
      running = undefined;
    });
  }

  // A tick during a round is dropped: a slow round is not followed at once by another.
  const timer = setInterval(() => running ?? wake(), options.intervalMs);
  // A pending tick must not keep a finished process (a CLI command, a test) alive.
  timer.unref();
  if (options.isRunAtStart !== false) wake();

  const task: RepeatingTask = {
    wake,
    async stop() {
      isStopped = true;
      clearInterval(timer);
      roundControl?.abort();
      await running;
    },
    async idle() {
      while (running) await running;
    },
    times: () => ({ ...times }),
  };
  options.board?.add(task);
  return task;
}
