import * as React from 'react';
import { useNavigate } from 'react-router';

/**
 * Asks before leaving with unsaved changes: the browser's own prompt on reload or close
 * (beforeunload), and for in-app links a pending target the page confirms in its own dialog. The
 * console's router is not a data router, so react-router's useBlocker is not available; links
 * are caught in the capture phase instead, before the router sees the click.
 */
export const useLeaveGuard = (dirty: boolean) => {
  const navigate = useNavigate();
  const [pending, setPending] = React.useState<string>();
  const dirtyRef = React.useRef(dirty);
  dirtyRef.current = dirty;

  React.useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  React.useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (!dirtyRef.current || e.defaultPrevented || e.button !== 0) return;
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const anchor = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!anchor || anchor.target === '_blank' || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      const to = `${url.pathname}${url.search}${url.hash}`;
      if (to === `${window.location.pathname}${window.location.search}${window.location.hash}`)
        return;
      e.preventDefault();
      e.stopPropagation();
      setPending(to);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  return {
    pending,
    stay: () => setPending(undefined),
    leave: () => {
      const to = pending;
      setPending(undefined);
      dirtyRef.current = false;
      if (to) navigate(to);
    },
  };
};
