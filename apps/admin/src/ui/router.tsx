import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// A few lines of history routing instead of a router library: the SPA has a handful of flat
// screens, and every kilobyte counts against the initial-bundle budget.

const navigationEvent = 'ledgerbridge:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigationEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigationEvent, onChange);
  };
}

const readLocation = () => `${window.location.pathname}${window.location.search}`;

export interface CurrentLocation {
  readonly pathname: string;
  readonly searchParams: URLSearchParams;
}

export function useLocation(): CurrentLocation {
  const href = useSyncExternalStore(subscribe, readLocation);
  const url = new URL(href, 'http://admin.invalid');
  return { pathname: url.pathname, searchParams: url.searchParams };
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(navigationEvent));
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { readonly href: string };

/** A real anchor (keyboard, middle-click, copy link all work) that navigates in place on a plain click. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
