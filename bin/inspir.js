#!/usr/bin/env node
// The command line and the server run the TypeScript sources directly: no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
