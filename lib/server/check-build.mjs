// Run by `npm start` before `next start`: a missing build gets one plain sentence, not a stack trace.
import { existsSync } from 'node:fs';

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build found in .next/. Build the site first:\n\n  npm run build && npm start\n');
  process.exit(1);
}

if (!existsSync('.next/documents.json')) {
  console.error('The build in .next/ was made by `next build` alone, so its pages still carry the client runtime. Build with:\n\n  npm run build && npm start\n');
  process.exit(1);
}
