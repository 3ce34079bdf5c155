// How far the document being loaded has got (read, checked, received), for the loading message.
import type { ParseProgress } from './parse-off-thread';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: { readonly url: string; readonly progress: ParseProgress } | undefined;

export function reportProgress(url: string, progress: ParseProgress | undefined): void {
  current = progress ? { url, progress } : current?.url === url ? undefined : current;
  for (const l of listeners) l();
}

export function subscribeProgress(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function progressOf(url: string): ParseProgress | undefined {
  return current?.url === url ? current.progress : undefined;
}

/** The three steps as one 0–1 figure: reading 0–10 %, checking 10–80 %, receiving 80–100 %. */
export function overallFraction(p: ParseProgress): number {
  const f = Math.min(1, Math.max(0, p.fraction));
  return p.phase === 'reading' ? 0.05 : p.phase === 'checking' ? 0.1 + 0.7 * f : 0.8 + 0.2 * f;
}
