package cn.sd.pairing.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address per minute (a fixed window): beyond the limit the address gets 429
 * until the minute is over, whatever account it tries, which slows password spraying across accounts.
 * Kept per node; the per-account lockout (in the database) holds across the cluster.
 */
@Component
public class LoginRateLimiter {
  private static final long WINDOW_MILLIS = 60_000;
  private final Map<String, long[]> windows = new ConcurrentHashMap<>();
  private final IdentityProperties properties;
  private final Clock clock;

  public LoginRateLimiter(IdentityProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public boolean blocked(String address) {
    long[] window = windows.get(address);
    return window != null && current(window) && window[1] >= properties.getLoginAttemptsPerMinute();
  }

  public void failed(String address) {
    long now = clock.millis();
    windows.compute(address, (key, window) -> window == null || !current(window)
        ? new long[] {now, 1} : new long[] {window[0], window[1] + 1});
    if (windows.size() > 10_000) {
      windows.values().removeIf(w -> !current(w));
    }
  }

  private boolean current(long[] window) {
    return clock.millis() - window[0] < WINDOW_MILLIS;
  }
}
