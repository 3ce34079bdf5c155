// The document worker: one request in, the parsed and checked document out in pieces (see parse-session).
import { runParse, type ParseMessage, type ParseRequest } from './parse-session';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ParseRequest>) => void) | null; postMessage(m: ParseMessage): void };
scope.onmessage = (e) => void runParse(e.data, (m) => scope.postMessage(m));
