// Types for bin/bundle-freshness.js, which stays plain JavaScript (it runs before tsx loads)
// and is imported by scripts/bench.ts.

/** The bundle bin/inspir.js runs while it is fresh (dist/inspir.js). */
export declare const bundlePath: string;

/** True when the bundle exists and no file under src/ was saved after it was built. */
export declare function isBundleFresh(): boolean;
