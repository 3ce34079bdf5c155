// How far the document being loaded has got (read, checked, received), for the loading message.
import type { ParseProgress } from './parse-off-thread';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: { readonly url: string; readonly progress: ParseProgress } | undefined;
let notifying: ReturnType<typeof setTimeout> | undefined;

/**
 * Records how far a load has got. The page hears of it in a task of its own, at most once per task however many
 * reports came: a report arrives with a piece of the document, and re-rendering in the same task made it long.
 */
export function reportProgress(url: string, progress: ParseProgress | undefined): void {
  current = progress ? { url, progress } : current?.url === url ? undefined : current;
  notifying ??= setTimeout(() => {
    notifying = undefined;
    for (const l of listeners) l();
  }, 0);
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
