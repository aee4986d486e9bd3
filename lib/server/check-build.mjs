// Run by `npm start` before `next start`: a missing build gets one plain sentence, not a stack trace.
import { existsSync } from 'node:fs';

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build found in .next/. Build the site first:\n\n  npm run build && npm start\n');
  process.exit(1);
}
