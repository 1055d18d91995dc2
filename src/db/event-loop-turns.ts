import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { DatabaseHandle, Db } from './connection.ts';

/** Resolves after the event loop has answered what was waiting (I/O, timers). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

class EventLoopTurnPlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    await nextTurn();
    return args.result;
  }
}

/**
 * The database for long read-only work made of many queries (a search: seven of them). On
 * SQLite every query runs on the event loop's thread, and a chain of them would hold it from
 * the first to the last (12 ms for a search over 10,000 posts, 44 ms at p99 on a busy
 * machine); with a turn of the loop after each query, other requests wait for one query at
 * most (4.5 ms, 28 ms at p99). The turn is taken holding Kysely's connection, so queries
 * through Kysely wait for it too, one turn; the cached pages' state read does not use it.
 * PostgreSQL's queries wait on the network already: its handle is returned as it is.
 */
export function withEventLoopTurns(handle: DatabaseHandle): Db {
  return handle.dialect === 'sqlite' ? handle.db.withPlugin(new EventLoopTurnPlugin()) : handle.db;
}
