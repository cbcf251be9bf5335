// Imported first by the package's entry point, before any schema is built: zod 4 otherwise
// probes `new Function` to compile fast parsers, which a page's Content-Security-Policy
// (no 'unsafe-eval') reports as a violation. The plain parser gives the same results.
import { z } from "zod";

z.config({ jitless: true });
