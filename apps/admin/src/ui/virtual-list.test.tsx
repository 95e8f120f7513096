import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { visibleRange, VirtualList } from './virtual-list';

describe('visibleRange', () => {
  it('should cover the rows in view plus the overscan on both sides', () => {
    expect(visibleRange({ scrollTop: 3600, viewportHeight: 400, rowHeight: 36, count: 10_000, overscan: 5 })).toEqual({ start: 95, end: 118 });
  });

  it('should stay inside the list at both ends', () => {
    expect(visibleRange({ scrollTop: 0, viewportHeight: 400, rowHeight: 36, count: 10_000, overscan: 5 })).toEqual({ start: 0, end: 18 });
    expect(visibleRange({ scrollTop: 999_999, viewportHeight: 400, rowHeight: 36, count: 10_000, overscan: 5 }).end).toBe(10_000);
    expect(visibleRange({ scrollTop: 0, viewportHeight: 400, rowHeight: 36, count: 0, overscan: 5 })).toEqual({ start: 0, end: 0 });
  });
});

describe('VirtualList', () => {
  const rows = Array.from({ length: 10_000 }, (_, index) => ({ id: `row-${index}`, text: `Item ${index}` }));

  it('should render only the visible slice of 10,000 rows and follow the scroll position', () => {
    render(
      <VirtualList items={rows} rowHeight={40} height={400} label="Log" getKey={(row) => row.id} renderRow={(row) => <span>{row.text}</span>} />,
    );
    expect(screen.getAllByRole('listitem').length).toBeLessThan(40);
    expect(screen.getByText('Item 0')).toBeTruthy();
    expect(screen.queryByText('Item 5000')).toBeNull();

    const region = screen.getByRole('region', { name: 'Log' });
    region.scrollTop = 5000 * 40;
    fireEvent.scroll(region);
    expect(screen.getByText('Item 5000')).toBeTruthy();
    expect(screen.queryByText('Item 0')).toBeNull();
    expect(screen.getAllByRole('listitem').length).toBeLessThan(40);
    expect(screen.getByText('Item 5000').parentElement?.getAttribute('aria-posinset')).toBe('5001');
  });

  it('should scroll by a row with the arrow keys', () => {
    render(<VirtualList items={rows} rowHeight={40} height={400} label="Log" getKey={(row) => row.id} renderRow={(row) => row.text} />);
    const region = screen.getByRole('region', { name: 'Log' });
    fireEvent.keyDown(region, { key: 'ArrowDown' });
    fireEvent.keyDown(region, { key: 'ArrowDown' });
    expect(region.scrollTop).toBe(80);
  });
});
