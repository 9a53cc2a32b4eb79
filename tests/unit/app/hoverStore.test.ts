import { describe, expect, it, vi } from 'vitest';
import { createHoverStore } from '../../../src/app/network/hoverStore.ts';

const tip = { content: { title: 'Jinsheng', lines: [] }, x: 10, y: 20 };

describe('createHoverStore', () => {
  it('starts with nothing hovered and no tooltip', () => {
    expect(createHoverStore().get()).toEqual({ node: null, tip: null });
  });

  it('changes only the part it is given and tells each listener', () => {
    const hover = createHoverStore();
    const listener = vi.fn();
    hover.subscribe(listener);
    hover.set({ node: 'a' });
    hover.set({ tip });
    expect(hover.get()).toEqual({ node: 'a', tip });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the same snapshot and stays quiet when nothing changed', () => {
    const hover = createHoverStore();
    hover.set({ node: 'a', tip });
    const before = hover.get();
    const listener = vi.fn();
    hover.subscribe(listener);
    hover.set({ node: 'a' });
    hover.set({ tip });
    expect(hover.get()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling a listener once it unsubscribed', () => {
    const hover = createHoverStore();
    const listener = vi.fn();
    const unsubscribe = hover.subscribe(listener);
    unsubscribe();
    hover.set({ node: 'b' });
    expect(listener).not.toHaveBeenCalled();
  });
});
