/**
 * The preview's session: who the user is (sent as Impersonate-User) and the active namespace.
 * Shared by the host (which changes it) and the SDK stand-in (which reads it on every call).
 */
export const PREVIEW_USERS = ['admin', 'developer', 'viewer'] as const;
export type PreviewUser = (typeof PREVIEW_USERS)[number];

/** The console's key for "All namespaces" (ALL_NAMESPACES_KEY). */
export const ALL_NAMESPACES_KEY = '#ALL_NS#';

type Listener = () => void;

const USER_STORAGE_KEY = 'kubevirt-appliance-preview.user';

const readStoredUser = (): PreviewUser => {
  try {
    const stored = window.localStorage.getItem(USER_STORAGE_KEY);
    return PREVIEW_USERS.find((u) => u === stored) ?? 'admin';
  } catch {
    return 'admin';
  }
};

let user: PreviewUser = typeof window === 'undefined' ? 'admin' : readStoredUser();
let activeNamespace: string = ALL_NAMESPACES_KEY;
const listeners = new Set<Listener>();

const emit = () => listeners.forEach((l) => l());

export const session = {
  getUser: (): PreviewUser => user,
  setUser(next: PreviewUser) {
    if (next === user) return;
    user = next;
    try {
      window.localStorage.setItem(USER_STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page only.
    }
    emit();
  },
  getNamespace: (): string => activeNamespace,
  setNamespace(next: string) {
    if (next === activeNamespace) return;
    activeNamespace = next;
    emit();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Headers every API call carries: admin is the proxy's own identity, so it sends none. */
export const impersonationHeaders = (): Record<string, string> =>
  user === 'admin' ? {} : { 'Impersonate-User': user };
