// Entry point: the query client, the app, the app-shell worker (built app), and (on request in development) the mock service worker.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerShellWorker } from './app/shell-worker';
import './ui/styles.css';

async function enableMocks(): Promise<void> {
  if (!import.meta.env.DEV) return;
  const scenario = new URLSearchParams(window.location.search).get('mock');
  if (!scenario) return;
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker(scenario);
}

const queryClient = new QueryClient();

void enableMocks().then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // As a transition, the first render runs in slices of a few ms instead of one task (~110 ms at 4× CPU).
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
  registerShellWorker();
});
