// The dev server's mock worker: `npm run dev`, then open /?mock=slow (or failing, offline, invalid, html, truncated, wrong-version, small).
import { setupWorker } from 'msw/browser';
import { scenarioHandlers } from './handlers';

export async function startMockWorker(scenario: string): Promise<void> {
  const worker = setupWorker(...scenarioHandlers(scenario));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: false });
}
