package dev.opsgrade.collect.git;

import static dev.opsgrade.collect.git.GitTestRepos.alnum;
import static dev.opsgrade.collect.git.GitTestRepos.hex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fake but real-looking secrets, one per rule, assembled at run time so that this source holds no
 * complete token. {@link #values} are the planted secret parts a redaction test looks for.
 */
final class SecretSamples {
  private SecretSamples() {}

  static String digits(int length, long seed) {
    return from("0123456789", length, seed);
  }

  static String from(String alphabet, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  static String pemBody(long seed) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      body.append(alnum(64, seed + i)).append('\n');
    }
    return body.toString();
  }

  /** Rule id -> a line (or block) holding one secret of that rule. */
  static Map<String, String> truePositives() {
    String dash = "-----";
    Map<String, String> s = new LinkedHashMap<>();
    s.put(
        "private-key-pem",
        dash
            + "BEGIN RSA PRIVATE KEY"
            + dash
            + "\n"
            + pemBody(1)
            + dash
            + "END RSA PRIVATE KEY"
            + dash
            + "\n");
    s.put(
        "openssh-private-key",
        dash
            + "BEGIN OPENSSH PRIVATE KEY"
            + dash
            + "\n"
            + pemBody(20)
            + dash
            + "END OPENSSH PRIVATE KEY"
            + dash
            + "\n");
    s.put(
        "pgp-private-key",
        dash
            + "BEGIN PGP PRIVATE KEY BLOCK"
            + dash
            + "\n\n"
            + pemBody(40)
            + dash
            + "END PGP PRIVATE KEY BLOCK"
            + dash
            + "\n");
    s.put(
        "aws-access-key-id",
        "AWS_ACCESS_KEY_ID=AKI" + "A" + from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, 2));
    s.put("aws-secret-access-key", "aws_secret_access_key = " + alnum(40, 3));
    s.put("github-pat", "GITHUB_TOKEN=gh" + "p_" + alnum(36, 4));
    s.put("github-oauth-token", "oauth: gh" + "o_" + alnum(36, 5));
    s.put("github-app-token", "installation gh" + "s_" + alnum(36, 6));
    s.put("github-fine-grained-pat", "github" + "_pat_" + alnum(22, 7) + "_" + alnum(59, 8));
    s.put("gitlab-pat", "GITLAB_TOKEN=glp" + "at-" + alnum(20, 9));
    s.put(
        "slack-token",
        "SLACK_BOT=xox" + "b-" + digits(11, 10) + "-" + digits(12, 11) + "-" + alnum(24, 12));
    s.put(
        "slack-webhook",
        "url: https://hooks.slack.com/services/T"
            + from("ABCDEFGHJK0123", 8, 13)
            + "/B"
            + from("ABCDEFGHJK0123", 10, 14)
            + "/"
            + alnum(24, 15));
    s.put("stripe-live-key", "STRIPE=sk" + "_live_" + alnum(24, 16));
    s.put("google-api-key", "maps_key: AI" + "za" + alnum(35, 17));
    s.put("sendgrid-api-key", "SENDGRID=S" + "G." + alnum(22, 18) + "." + alnum(43, 19));
    s.put("telegram-bot-token", "bot: " + digits(10, 20) + ":A" + "A" + alnum(33, 21));
    s.put(
        "discord-webhook",
        "https://discord.com/api/webhooks/" + digits(18, 22) + "/" + alnum(68, 23));
    s.put(
        "discord-bot-token",
        "DISCORD_TOKEN=M" + alnum(23, 24) + "." + alnum(6, 25) + "." + alnum(27, 26));
    s.put("cloudflare-api-token", "CF_DNS_API_TOKEN=" + alnum(40, 27));
    s.put("digitalocean-token", "DO_TOKEN=do" + "p_v1_" + hex(64, 28));
    s.put("hetzner-api-token", "HCLOUD_TOKEN=" + alnum(64, 29));
    s.put("contabo-client-secret", "CONTABO_CLIENT_SECRET=" + alnum(32, 30));
    s.put("npm-token", "//registry.npmjs.org/:_authToken=np" + "m_" + alnum(36, 31));
    s.put("pypi-token", "password = py" + "pi-AgEIcHlwaS5vcmc" + alnum(60, 32));
    s.put("dockerhub-pat", "DOCKER_PAT=dck" + "r_pat_" + alnum(27, 33));
    s.put(
        "grafana-service-account-token", "GF_TOKEN=gl" + "sa_" + alnum(32, 34) + "_" + hex(8, 35));
    s.put("gotify-token", "GOTIFY_TOKEN=A" + alnum(14, 36));
    s.put(
        "jwt",
        "Authorization: Bearer ey"
            + "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.ey"
            + "J"
            + alnum(40, 37)
            + "."
            + alnum(43, 38));
    s.put("authelia-secret", "jwt_secret: " + alnum(64, 39));
    s.put(
        "authelia-session-secret",
        "session:\n  name: authelia_session\n  secret: " + alnum(64, 41) + "\n  expiration: 1h\n");
    s.put("postgres-url-password", "DATABASE_URL=postgres://app:" + alnum(16, 42) + "@db:5432/app");
    s.put("mysql-url-password", "dsn: mysql://root:" + alnum(16, 43) + "@mariadb:3306/wiki");
    s.put(
        "mongodb-url-password",
        "MONGO=mongodb+srv://admin:" + alnum(16, 44) + "@cluster0.mongo.internal/x");
    s.put("redis-url-password", "REDIS_URL=redis://:" + alnum(16, 45) + "@redis:6379/0");
    s.put("amqp-url-password", "BROKER=amqp://rabbit:" + alnum(16, 46) + "@mq:5672/");
    s.put(
        "traefik-basicauth-users",
        "  - \"traefik.http.middlewares.auth.basicauth.users=admin:$$"
            + "apr1$$"
            + alnum(8, 47)
            + "$$"
            + alnum(22, 48)
            + "\"");
    s.put("htpasswd-apr1", "admin:$" + "apr1$" + alnum(8, 49) + "$" + alnum(22, 50));
    s.put("htpasswd-bcrypt", "admin:$" + "2y$05$" + alnum(53, 51));
    s.put("htpasswd-sha", "admin:{S" + "HA}" + alnum(27, 52) + "=");
    // A password a person chose: 3.46 bits per character, under the 3.5 of generated tokens.
    s.put("password-assignment", "      PASSWORD: \"hunter2-codeserver\"");
    s.put("generic-secret-assignment", "RESTIC_API_TOKEN=" + alnum(24, 53));
    return s;
  }

  /** Lines that look like secrets to a naive scan but hold none. */
  static List<String> falsePositives() {
    return List.of(
        "password: ${DB_PASSWORD}",
        "DB_PASSWORD=changeme",
        "api_key: example-key-1234567",
        "secret: xxxxxxxxxxxxxxxx",
        "token: <your-token-here>",
        "password_file: /run/secrets/db_password",
        "password = os.getenv('DB_PASSWORD')",
        "jwt_secret: '{{ authelia_jwt_secret }}'",
        "AWS_ACCESS_KEY_ID=AKIA" + "IOSFODNN7EXAMPLE",
        "DATABASE_URL=postgres://app:${PG_PASSWORD}@db:5432/app",
        "REDIS_URL=redis://redis:6379/0",
        "id: 123e4567-e89b-12d3-a456-426614174000",
        "container_id: " + hex(64, 90),
        "image: nginx@sha256:" + hex(64, 91),
        "session_token_ttl: 3600",
        "secret: true",
        "password: password",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor"
            + " incididunt ut labore et dolore magna aliqua.",
        "healthcheck: [\"CMD\", \"wget\", \"-qO-\", \"http://localhost:8080/api/health\"]",
        "pwd = os.getcwd()",
        "password = get_password()",
        "  password: Required.",
        "PASSWORD_MIN_LENGTH=12",
        "DB_PASSWORD=${DB_PASSWORD:-postgres}",
        "ansible_become_password: \"{{ vault_become_password }}\"",
        "PasswordAuthentication no");
  }
}
