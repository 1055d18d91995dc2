import type { RepeatingTask } from './repeating-task.ts';

/** One job's health as /metrics shows it. */
export interface JobLag {
  job: string;
  /**
   * Seconds the job is behind: time since its last success beyond one interval (0 while on
   * time). Before any success it counts from the task's start.
   */
  lagSeconds: number;
  /** Unix seconds of the last success; null when it never succeeded. */
  lastSuccessSeconds: number | null;
}

/** The app's background tasks, listed for /metrics. */
export interface JobBoard {
  add(task: RepeatingTask): void;
  lags(now?: Date): JobLag[];
}

export function createJobBoard(): JobBoard {
  const tasks: RepeatingTask[] = [];
  return {
    add: (task) => void tasks.push(task),
    lags(now = new Date()) {
      return tasks.map((task) => {
        const times = task.times();
        const since = (times.lastSuccessAt ?? times.startedAt).getTime();
        const lateMs = Math.max(0, now.getTime() - since - times.intervalMs);
        return {
          job: times.name,
          lagSeconds: lateMs / 1000,
          lastSuccessSeconds: times.lastSuccessAt ? times.lastSuccessAt.getTime() / 1000 : null,
        };
      });
    },
  };
}
