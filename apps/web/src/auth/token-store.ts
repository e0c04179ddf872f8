// The access token lives here, in memory only: page scripts never store it, and the refresh token is an
// HttpOnly cookie they cannot read at all. A reload restores the session by asking the API for a new pair
// with that cookie (see SessionProvider).

/** Refreshes the session with the cookie; resolves to the new token, or null when the session is over. */
export type Refresher = () => Promise<{ accessToken: string; expiresAt: string } | null>;

// Refresh a little before expiry, so a request never leaves with a token about to lapse.
const EARLY_MS = 60_000;
// Set while this browser may hold a refresh cookie: anonymous visitors then cost the API no refresh call.
const HINT_KEY = 'tradebridge.session';

let token: string | null = null;
let expiresAt = 0;
let refresher: Refresher | null = null;
let inFlight: Promise<string | null> | null = null;
const expiredListeners = new Set<() => void>();

export const tokenStore = {
  get(): string | null {
    return token;
  },

  set(accessToken: string, expiry: string): void {
    token = accessToken;
    expiresAt = Date.parse(expiry);
    setHint(true);
  },

  clear(): void {
    token = null;
    expiresAt = 0;
    setHint(false);
  },

  /** Whether this browser signed in before (the cookie may still be valid). */
  mayHaveSession(): boolean {
    try {
      return localStorage.getItem(HINT_KEY) === '1';
    } catch {
      return true;
    }
  },

  useRefresher(next: Refresher): void {
    refresher = next;
  },

  /**
   * A token valid for the next minute: the current one, or a refreshed one. Refreshes are single-flight in
   * this tab and serialised across tabs (Web Locks), because the refresh token is single-use: two tabs
   * presenting the same cookie at once would look like a replay and end the session.
   */
  async fresh(): Promise<string | null> {
    if (token && expiresAt - Date.now() > EARLY_MS) return token;
    if (!token && !this.mayHaveSession()) return null;
    return this.refresh();
  },

  refresh(): Promise<string | null> {
    inFlight ??= withLock(async () => {
      const run = refresher;
      if (!run) return null;
      const session = await run();
      if (session) tokenStore.set(session.accessToken, session.expiresAt);
      else {
        const had = token !== null;
        tokenStore.clear();
        if (had) expiredListeners.forEach((listener) => listener());
      }
      return session?.accessToken ?? null;
    }).finally(() => {
      inFlight = null;
    });
    return inFlight;
  },

  /** Called when a signed-in session ends without the user signing out (revoked, expired). */
  onExpired(listener: () => void): () => void {
    expiredListeners.add(listener);
    return () => expiredListeners.delete(listener);
  },
};

function setHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // private mode: every load tries the cookie once
  }
}

function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('tradebridge.refresh', work) : work();
}
