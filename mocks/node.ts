// The MSW server for vitest; tests add the handlers they need and unknown requests fail the test.
import { setupServer } from 'msw/node';

export const server = setupServer();
