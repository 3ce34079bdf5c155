// zod probes `new Function` to compile fast parsers; under the page's CSP (no 'unsafe-eval') that probe is
// reported as a violation on every load. Imported before any schema is built, so the probe never runs.
import { z } from 'zod/mini';

z.config({ jitless: true });
