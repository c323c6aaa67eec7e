import { useCallback, useEffect, useReducer, useRef } from 'react';

type Find = () => HTMLElement | null | undefined;

/**
 * Moves keyboard focus to an element that appears only after an action completes — the saved
 * card after "Save contact", the meeting form after "Log meeting" — so focus never falls to
 * `<body>`. `focusWhenReady(find)` retries `find` after every render until it returns an element.
 */
export function useFocusWhenReady(): (find: Find) => void {
  const pending = useRef<Find | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // No dependency list on purpose: the element may appear after any render (a state pushed by the background).
  useEffect(() => {
    const target = pending.current?.();
    if (!target) return;
    pending.current = null;
    target.focus();
  });
  return useCallback((find: Find) => {
    pending.current = find;
    rerender();
  }, []);
}
