import { z } from 'astro/zod';

// Zod compiles fast parsers with `new Function` when a schema is created, after probing whether eval
// is allowed. The site's CSP forbids eval and reports even the caught probe as a violation, so this
// module turns that off; it must be imported before any schema module in browser code.
z.config({ jitless: true });
