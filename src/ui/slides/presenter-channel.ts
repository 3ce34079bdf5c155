// Keeps the presenter window in step with the projected slides (BroadcastChannel, same origin): the deck says what it
// shows, the presenter window asks it to move.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { TableParams, ViewState } from '../../state/url-state';
import type { TargetPages } from './slide-list';

const CHANNEL = 'dashboard-slides';

export interface DeckState {
  readonly view: Omit<ViewState, keyof TableParams>;
  readonly pages: TargetPages;
  /** The slide area in stage units (1080 high), so the previews are laid out as the projected slides are. */
  readonly stage: { readonly width: number; readonly height: number };
}

type Message =
  { readonly type: 'deck'; readonly state: DeckState } | { readonly type: 'hello' } | { readonly type: 'go'; readonly slide: number };

const open = () => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL));

/** The projected window: tells presenter windows its state, and moves when one asks. */
export function useDeckChannel(state: DeckState, go: (slide: number) => void): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(state);
  const onMessage = useEffectEvent((msg: Message) => {
    if (msg.type === 'hello') channel.current?.postMessage({ type: 'deck', state: latest.current } satisfies Message);
    else if (msg.type === 'go') go(msg.slide);
  });
  useEffect(() => {
    const c = open();
    channel.current = c;
    if (c) c.onmessage = (e: MessageEvent<Message>) => onMessage(e.data);
    return () => c?.close();
  }, []);
  const text = JSON.stringify(state);
  useEffect(() => {
    latest.current = JSON.parse(text) as DeckState;
    channel.current?.postMessage({ type: 'deck', state: latest.current } satisfies Message);
  }, [text]);
}

/** The presenter window: the deck's latest state (null until a deck answers), and a way to move it. */
export function usePresenterChannel(): { deck: DeckState | null; go: (slide: number) => void } {
  const [deck, setDeck] = useState<DeckState | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const c = open();
    channel.current = c;
    if (!c) return;
    c.onmessage = (e: MessageEvent<Message>) => {
      if (e.data.type === 'deck') setDeck(e.data.state);
    };
    c.postMessage({ type: 'hello' } satisfies Message);
    return () => c.close();
  }, []);
  return { deck, go: (slide) => channel.current?.postMessage({ type: 'go', slide } satisfies Message) };
}
