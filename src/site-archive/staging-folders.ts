import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Staging folders: where export, backup and restore unpack or gather files, always directly
 * in DATA_DIR (on the same disk as the media folder, so restored files are renamed into it,
 * not copied) and named with this prefix. A folder is removed when its command ends, however
 * it ends; one left by a process that died (kill -9, a power cut) is removed by the next
 * command that opens the site.
 */
export const STAGING_PREFIX = '.inspir-staging-';

/**
 * A folder whose name does not say whose it is (an older inspir's): removed once it has not
 * changed for this long, as no restore pauses that long.
 */
const UNOWNED_AGE_MS = 6 * 60 * 60 * 1000;

/**
 * The name says which process on which machine uses the folder, `<prefix><pid>@<host>-XXXXXX`,
 * so the folder is owned from the instant it exists: a process killed right after creating it
 * leaves nothing that looks unowned.
 */
const OWNED_NAME = new RegExp(`^${STAGING_PREFIX.replaceAll('.', '\\.')}(\\d+)@(.+)-[^-]+$`);

function hostName(): string {
  return os.hostname().replace(/[^A-Za-z0-9.-]/g, '_');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a staging folder was left behind: its process is gone. A folder of another machine
 * (DATA_DIR on shared storage) cannot be checked and is kept, unless it is unowned and old.
 */
async function isStale(folder: string): Promise<boolean> {
  const owner = OWNED_NAME.exec(path.basename(folder));
  if (owner) return owner[2] === hostName() && !isRunning(Number(owner[1]));
  const stat = await fs.stat(folder).catch(() => undefined);
  return stat !== undefined && Date.now() - stat.mtimeMs > UNOWNED_AGE_MS;
}

/**
 * Removes the staging folders in `dataDir` whose process has died, and returns their names.
 * Never fails: a folder it cannot remove is tried again at the next start.
 */
export async function removeStaleStagingFolders(dataDir: string): Promise<string[]> {
  const names = await fs.readdir(dataDir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.filter((entry) => entry.startsWith(STAGING_PREFIX))) {
    const folder = path.join(dataDir, name);
    if (!(await isStale(folder))) continue;
    await fs.rm(folder, { recursive: true, force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

/**
 * Runs `work` with a fresh staging folder in `dataDir`, removed afterwards whatever happens.
 * Its name lets a later start tell it from a running command's.
 */
export async function withStagingFolder<Result>(
  dataDir: string,
  work: (folder: string) => Promise<Result>,
): Promise<Result> {
  await fs.mkdir(dataDir, { recursive: true });
  const folder = await fs.mkdtemp(
    path.join(dataDir, `${STAGING_PREFIX}${process.pid}@${hostName()}-`),
  );
  try {
    return await work(folder);
  } finally {
    await fs.rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
