package dev.opsgrade.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Sessions expire when idle and at their absolute end; the login throttle forgets old failures. */
class SessionsTest {
  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-12-07T06:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aSessionExpiresWhenIdleAndAfterItsAbsoluteLifetime() {
    HandClock clock = new HandClock();
    Sessions sessions = new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(2));
    Sessions.Session session = sessions.create();

    clock.now = clock.now.plus(Duration.ofMinutes(29));
    assertThat(sessions.touch(session.id())).isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(29));
    assertThat(sessions.touch(session.id())).as("touched 29 min ago").isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(30));
    assertThat(sessions.touch(session.id())).as("idle 30 min").isEmpty();

    Sessions.Session busy = sessions.create();
    for (int i = 0; i < 5; i++) {
      clock.now = clock.now.plus(Duration.ofMinutes(20));
      assertThat(sessions.touch(busy.id())).as("after %d min", (i + 1) * 20).isPresent();
    }
    clock.now = clock.now.plus(Duration.ofMinutes(20));
    assertThat(sessions.touch(busy.id())).as("past the absolute end").isEmpty();
    assertThat(sessions.touch("forged")).isEmpty();
    assertThat(sessions.touch(null)).isEmpty();
  }

  @Test
  void sessionIdsAndCsrfTokensAreDistinctAndTheCookieIsStrict() {
    Sessions sessions = new Sessions(new HandClock(), Duration.ofMinutes(30), Duration.ofHours(2));
    Sessions.Session a = sessions.create();
    Sessions.Session b = sessions.create();
    assertThat(a.id()).isNotEqualTo(b.id()).isNotEqualTo(a.csrfToken()).hasSize(64);
    assertThat(sessions.cookie(a)).contains("HttpOnly", "SameSite=Strict", "Max-Age=7200");
    sessions.end(a.id());
    assertThat(sessions.touch(a.id())).isEmpty();
  }

  @Test
  void theThrottleRefusesAfterTheLimitAndForgetsOutsideTheWindow() {
    HandClock clock = new HandClock();
    LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(5));
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.allowed("10.0.0.1")).isTrue();
      throttle.failed("10.0.0.1");
    }
    assertThat(throttle.allowed("10.0.0.1")).isFalse();
    assertThat(throttle.allowed("10.0.0.2")).isTrue();
    clock.now = clock.now.plus(Duration.ofMinutes(5));
    assertThat(throttle.allowed("10.0.0.1")).isTrue();
  }

  @Test
  void thePasswordHashMatchesOnlyThePassword() {
    PasswordHash hash = PasswordHash.of("s3cret-pass".toCharArray());
    assertThat(hash.matches("s3cret-pass")).isTrue();
    assertThat(hash.matches("s3cret-pasS")).isFalse();
    assertThat(hash.matches("")).isFalse();
    assertThat(hash.toString()).doesNotContain("s3cret");
  }

  @Test
  void listenDefaultsToLoopbackAndParsesIpv6() {
    assertThat(Listen.parse(DashboardSetup.DEFAULT_LISTEN))
        .isEqualTo(new Listen("127.0.0.1", 8080));
    assertThat(Listen.parse("[::1]:9000")).isEqualTo(new Listen("::1", 9000));
    assertThat(Listen.parse(":9000")).isEqualTo(new Listen("0.0.0.0", 9000));
  }
}
