import { useState, type KeyboardEvent, type ReactNode, type UIEvent } from 'react';

export interface VisibleRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Which rows to render for a scroll position: the ones in view plus `overscan` on each side,
 * so fast scrolling never shows a blank band. `end` is exclusive.
 */
export function visibleRange(
  { scrollTop, viewportHeight, rowHeight, count, overscan }: { scrollTop: number; viewportHeight: number; rowHeight: number; count: number; overscan: number },
): VisibleRange {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const inView = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.min(count, first + inView + overscan);
  return { start, end };
}

interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly rowHeight: number;
  readonly height: number;
  readonly label: string;
  readonly getKey: (item: T) => string;
  readonly renderRow: (item: T, index: number) => ReactNode;
  readonly overscan?: number;
}

/**
 * Fixed-height rows in a scrolling box; only the visible slice is in the DOM, so ten thousand
 * log rows cost what forty do. A listbox-like grid: arrow keys scroll by a row for keyboard users.
 */
export function VirtualList<T>({ items, rowHeight, height, label, getKey, renderRow, overscan = 8 }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const { start, end } = visibleRange({ scrollTop, viewportHeight: height, rowHeight, count: items.length, overscan });

  const handleScroll = (event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop);
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    const step = { ArrowDown: rowHeight, ArrowUp: -rowHeight, PageDown: height, PageUp: -height }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      box.scrollTop += step;
    } else if (event.key === 'Home') box.scrollTop = 0;
    else if (event.key === 'End') box.scrollTop = box.scrollHeight;
  };

  return (
    <div
      className="virtual-list"
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={handleScroll}
      onKeyDown={handleKeyDown}
    >
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>
        <div style={{ position: 'absolute', top: start * rowHeight, left: 0, right: 0 }} role="list" aria-rowcount={items.length}>
          {items.slice(start, end).map((item, offset) => (
            <div key={getKey(item)} role="listitem" style={{ height: rowHeight }} aria-posinset={start + offset + 1} aria-setsize={items.length}>
              {renderRow(item, start + offset)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
