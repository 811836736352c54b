package dev.opsgrade.collect.compose;

import static dev.opsgrade.collect.compose.ComposeProject.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.compose.ComposeService.EnvVar;
import dev.opsgrade.collect.compose.ComposeService.ValueKind;
import dev.opsgrade.collect.compose.ComposeService.VolumeMount;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anchors, merge keys, include, extends, profiles, .env, environment, secrets and volumes. */
class ComposeReaderTest {
  @TempDir Path dir;
  private ComposeProject project;

  @BeforeEach
  void setUp() {
    project = new ComposeProject(dir);
  }

  @Test
  void anchorsAndMergeKeysOfOneOrSeveralMappings() {
    project.write(
        "c.yml",
        """
        x-base: &base
          restart: always
          environment: {A: "1"}
        x-priv: &priv
          privileged: true
          restart: unless-stopped
        services:
          one:
            <<: *base
            image: one
          two:
            <<: [*base, *priv]
            image: two
          three:
            <<: *base
            restart: "no"
        """);
    ComposeReader.ComposeRead read = project.read("c.yml");

    assertThat(service(read, "one").restart()).contains("always");
    assertThat(service(read, "one").environment()).extracting(EnvVar::name).containsExactly("A");
    assertThat(service(read, "two").restart()).contains("always");
    assertThat(service(read, "two").privileged()).isTrue();
    assertThat(service(read, "three").restart()).contains("no");
    assertThat(service(read, "one").environment().get(0).line()).isEqualTo(3);
  }

  @Test
  void includeWithInterpolatedPathsProjectDirectoryAndEnvFile() {
    project
        .write(".env", "STACK=stacks\nSHARED=from-root\n")
        .write(
            "c.yml",
            """
            include:
              - ${STACK}/web.yml
              - path: [other/db.yml, other/db-override.yml]
                env_file: other/db.env
            services:
              proxy:
                image: traefik
            """)
        .write("stacks/web.yml", "include: [nested/cache.yml]\nservices:\n  web:\n    image: web\n")
        .write("stacks/nested/cache.yml", "services:\n  cache:\n    image: redis:${TAG:-7}\n")
        .write(
            "other/db.yml",
            "services:\n  db:\n    image: postgres:${PG}\n    environment: [\"SHARED=${SHARED}\"]\n")
        .write("other/db-override.yml", "services:\n  db:\n    restart: always\n")
        .write("other/db.env", "PG=16\nSHARED=from-include\n");
    ComposeReader.ComposeRead read = project.read("c.yml");

    assertThat(read.file().error()).isEmpty();
    assertThat(read.services())
        .extracting(ComposeService::service)
        .containsExactly("proxy", "web", "cache", "db");
    assertThat(service(read, "cache").image()).contains("redis:7");
    assertThat(service(read, "cache").file()).isEqualTo("stacks/nested/cache.yml");
    assertThat(service(read, "db").image()).contains("postgres:16");
    assertThat(service(read, "db").restart()).contains("always");
    assertThat(service(read, "db").environment().get(0).fingerprint())
        .isEqualTo(ValueShape.fingerprint("from-root"));
    assertThat(read.file().includedFiles())
        .containsExactly(
            "stacks/web.yml", "stacks/nested/cache.yml", "other/db.yml", "other/db-override.yml");
  }

  @Test
  void aMissingIncludeNamesTheUnsetVariableOfItsPath() {
    project
        .write(
            "docker-compose-hs.yml",
            """
            include:
              - compose/$HOSTNAME/traefik.yml
              - compose/${HOSTNAME}/whoami.yml
              - compose/${ROLE:-web}/app.yml
            services:
              proxy:
                image: traefik
            """)
        .write("compose/hs/traefik.yml", "services:\n  traefik:\n    image: traefik\n");
    ComposeReader.ComposeRead read = project.read("docker-compose-hs.yml");

    assertThat(read.file().readable()).isTrue();
    assertThat(read.file().missingFiles())
        .containsExactly(
            "compose/traefik.yml (referenced at docker-compose-hs.yml:2:5;"
                + " HOSTNAME is not set in the environment nor in .env)",
            "compose/whoami.yml (referenced at docker-compose-hs.yml:3:5;"
                + " HOSTNAME is not set in the environment nor in .env)",
            "compose/web/app.yml (referenced at docker-compose-hs.yml:4:5)");
    assertThat(project.read("docker-compose-hs.yml", Map.of("HOSTNAME", "hs")).services())
        .extracting(ComposeService::service)
        .contains("traefik");
  }

  @Test
  void theProcessEnvironmentWinsOverDotEnv() {
    project
        .write(".env", "TAG=from-file\n")
        .write("c.yml", "services:\n  a:\n    image: a:${TAG}\n");

    assertThat(service(project.read("c.yml"), "a").image()).contains("a:from-file");
    assertThat(service(project.read("c.yml", Map.of("TAG", "shell")), "a").image())
        .contains("a:shell");
  }

  @Test
  void anIncludedServiceDefinedDifferentlyIsAConflict() {
    project
        .write("c.yml", "include: [b.yml]\nservices:\n  a:\n    image: one\n")
        .write("b.yml", "services:\n  a:\n    image: two\n");
    ComposeReader.ComposeRead read = project.read("c.yml");

    assertThat(read.file().error())
        .contains("b.yml:2:3: services.a conflicts with imported resource (also defined in c.yml)");
    assertThat(read.file().errorFile()).contains("b.yml");
  }

  @Test
  void anIncludeCycleIsAnError() {
    project.write("c.yml", "include: [b.yml]\n").write("b.yml", "include: [c.yml]\n");

    assertThat(project.read("c.yml").file().error())
        .contains("b.yml:1:11: include cycle: c.yml includes itself");
  }

  @Test
  void extendsInTheSameFileAndFromAnotherFile() {
    project
        .write(
            "c.yml",
            """
            services:
              base:
                image: base
                restart: always
                environment: [A=1, B=2]
                ports: ["80:80"]
              child:
                extends: base
                environment: [B=3]
                ports: ["443:443"]
              remote:
                extends: {service: common, file: lib/common.yml}
                image: mine
            """)
        .write(
            "lib/common.yml",
            "services:\n  common:\n    image: theirs\n    env_file: common.env\n"
                + "    healthcheck: {test: [CMD, true]}\n")
        .write("lib/common.env", "FROM_FILE=x\n");
    ComposeReader.ComposeRead read = project.read("c.yml");

    ComposeService child = service(read, "child");
    assertThat(child.image()).contains("base");
    assertThat(child.restart()).contains("always");
    assertThat(child.environment()).extracting(EnvVar::name).containsExactly("A", "B");
    assertThat(child.environment().get(1).fingerprint()).isEqualTo(ValueShape.fingerprint("3"));
    assertThat(child.ports()).extracting(p -> p.raw()).containsExactly("80:80", "443:443");
    assertThat(child.line()).isEqualTo(7);
    ComposeService remote = service(read, "remote");
    assertThat(remote.image()).contains("mine");
    assertThat(remote.healthcheck()).isPresent();
    assertThat(remote.environment().get(0).file()).contains("lib/common.env");
  }

  @Test
  void portsAndVolumesExtendedFromAnotherFileNameThatFile() {
    project
        .write(
            "c.yml",
            """
            services:
              app:
                extends: {service: root, file: common/base.yml}
                ports: ["127.0.0.1:7000:7000"]
                volumes: [./data:/data]
            """)
        .write(
            "common/base.yml",
            """
            services:
              root:
                image: root
                ports: ["9000:9000"]
                volumes:
                  - /var/run/docker.sock:/var/run/docker.sock
            """);
    ComposeService app = service(project.read("c.yml"), "app");

    assertThat(app.ports())
        .extracting(p -> p.raw() + " " + p.file().orElse("own") + ":" + p.line())
        .containsExactlyInAnyOrder("9000:9000 common/base.yml:4", "127.0.0.1:7000:7000 own:4");
    assertThat(app.volumes())
        .extracting(v -> v.target() + " " + v.file().orElse("own") + ":" + v.line())
        .containsExactlyInAnyOrder("/var/run/docker.sock common/base.yml:6", "/data own:5");
  }

  @Test
  void anExtendsCycleIsAnError() {
    project.write("c.yml", "services:\n  a:\n    extends: b\n  b:\n    extends: a\n");

    assertThat(project.read("c.yml").file().error())
        .hasValueSatisfying(e -> assertThat(e).contains("extends cycle"));
  }

  @Test
  void profilesFromComposeProfilesInDotEnv() {
    project
        .write(
            "c.yml",
            "services:\n  app:\n    image: a\n  debug:\n    image: d\n    profiles: [debug]\n"
                + "  tools:\n    image: t\n    profiles: [tools, ops]\n")
        .write(".env", "COMPOSE_PROFILES=ops\n");
    ComposeReader.ComposeRead read = project.read("c.yml");

    assertThat(service(read, "app").activeProfile()).isTrue();
    assertThat(service(read, "debug").activeProfile()).isFalse();
    assertThat(service(read, "tools").activeProfile()).isTrue();
    assertThat(read.file().services()).isEqualTo(3);
  }

  @Test
  void environmentAsListMapAndEnvFileKeepsOnlyShapes() {
    project
        .write(
            "c.yml",
            """
            services:
              list:
                image: a
                env_file: [app.env, {path: optional.env, required: false}]
                environment:
                  - LITERAL=s3cr3t-Value
                  - REF=${DB_PASSWORD}
                  - PASSED
                  - EMPTY=
                  - MIXED=user:${DB_PASSWORD}
                  - OVERRIDE=written
              map:
                image: a
                environment:
                  LITERAL: s3cr3t-Value
                  REF: ${DB_PASSWORD}
                  PASSED:
                  EMPTY: ""
                  NUMBER: 5432
            """)
        .write("app.env", "# env file\nFROM_FILE=abc\nOVERRIDE=from-file\n");
    ComposeReader.ComposeRead read =
        project.read("c.yml", Map.of("DB_PASSWORD", "hunter22", "PASSED", "p"));

    Map<String, EnvVar> list = byName(service(read, "list"));
    assertThat(list.keySet())
        .containsExactly("FROM_FILE", "LITERAL", "REF", "PASSED", "EMPTY", "MIXED", "OVERRIDE");
    assertThat(list.get("FROM_FILE"))
        .isEqualTo(
            new EnvVar(
                "FROM_FILE",
                ValueKind.LITERAL,
                3,
                1.585,
                ValueShape.fingerprint("abc"),
                2,
                Optional.of("app.env"),
                true));
    assertThat(list.get("LITERAL").fromEnvFile()).isFalse();
    assertThat(list.get("LITERAL").kind()).isEqualTo(ValueKind.LITERAL);
    assertThat(list.get("LITERAL").length()).isEqualTo(12);
    assertThat(list.get("LITERAL").line()).isEqualTo(6);
    assertThat(list.get("LITERAL").file()).isEmpty();
    assertThat(list.get("REF").kind()).isEqualTo(ValueKind.REFERENCE);
    assertThat(list.get("REF").fingerprint()).isEqualTo(ValueShape.fingerprint("hunter22"));
    assertThat(list.get("PASSED").kind()).isEqualTo(ValueKind.REFERENCE);
    assertThat(list.get("EMPTY").kind()).isEqualTo(ValueKind.EMPTY);
    assertThat(list.get("MIXED").kind()).isEqualTo(ValueKind.LITERAL);
    assertThat(list.get("OVERRIDE").fingerprint()).isEqualTo(ValueShape.fingerprint("written"));
    Map<String, EnvVar> map = byName(service(read, "map"));
    assertThat(map.get("LITERAL").kind()).isEqualTo(ValueKind.LITERAL);
    assertThat(map.get("REF").kind()).isEqualTo(ValueKind.REFERENCE);
    assertThat(map.get("PASSED").kind()).isEqualTo(ValueKind.REFERENCE);
    assertThat(map.get("EMPTY").kind()).isEqualTo(ValueKind.EMPTY);
    assertThat(map.get("NUMBER").length()).isEqualTo(4);
    assertThat(read.file().missingFiles()).isEmpty();
  }

  @Test
  void anEscapedReferenceIsExpandedInTheContainerNotALiteralSecret() {
    project.write(
        "c.yml",
        """
        services:
          app:
            image: a
            environment:
              API_TOKEN: $${API_TOKEN_FROM_FILE}
              SHELL_REF: $$HOME
              DOLLAR_IN_PASSWORD: pa$$word-Xy7
        """);
    Map<String, EnvVar> env = byName(service(project.read("c.yml"), "app"));

    assertThat(env.get("API_TOKEN").kind()).isEqualTo(ValueKind.REFERENCE);
    assertThat(env.get("SHELL_REF").kind()).isEqualTo(ValueKind.REFERENCE);
    assertThat(env.get("DOLLAR_IN_PASSWORD").kind()).isEqualTo(ValueKind.LITERAL);
  }

  @Test
  void aMissingRequiredEnvFileIsNamed() {
    project.write("c.yml", "services:\n  a:\n    image: a\n    env_file: secret.env\n");
    ComposeReader.ComposeRead read = project.read("c.yml");

    assertThat(read.file().readable()).isTrue();
    assertThat(read.file().missingFiles()).containsExactly("secret.env (referenced at c.yml:4:15)");
  }

  @Test
  void secretsOfServicesAndSecretFiles() {
    project.write(
        "c.yml",
        """
        services:
          a:
            image: a
            secrets:
              - db_password
              - source: api_key
                target: /run/secrets/key
        secrets:
          db_password:
            file: ./secrets/db_password.txt
          api_key:
            environment: API_KEY
        """);
    ComposeReader.ComposeRead read = project.read("c.yml");

    assertThat(service(read, "a").secrets()).containsExactly("db_password", "api_key");
    assertThat(read.file().secretFiles()).containsExactly("secrets/db_password.txt");
  }

  @Test
  void volumesShortAndLongSyntax() {
    project.write(
        "c.yml",
        """
        services:
          a:
            image: a
            volumes:
              - /var/run/docker.sock:/var/run/docker.sock:ro
              - ./data:/data
              - ~/cfg:/cfg:rw,z
              - named:/named
              - /anonymous
              - type: bind
                source: /etc/hosts
                target: /hosts
                read_only: true
              - type: tmpfs
                target: /tmp
        volumes:
          named:
        """);
    ComposeService a = service(project.read("c.yml"), "a");

    assertThat(a.volumes())
        .containsExactly(
            new VolumeMount("bind", "/var/run/docker.sock", "/var/run/docker.sock", true, 5),
            new VolumeMount("bind", "./data", "/data", false, 6),
            new VolumeMount("bind", "~/cfg", "/cfg", false, 7),
            new VolumeMount("volume", "named", "/named", false, 8),
            new VolumeMount("volume", "", "/anonymous", false, 9),
            new VolumeMount("bind", "/etc/hosts", "/hosts", true, 10),
            new VolumeMount("tmpfs", "", "/tmp", false, 14));
  }

  @Test
  void memoryLimitsHealthchecksRestartAndNetworkMode() {
    project.write(
        "c.yml",
        """
        services:
          small:
            image: a
            mem_limit: 512m
            healthcheck:
              test: curl -f http://localhost/ || exit 1
          deployed:
            image: a
            mem_limit: 1g
            deploy:
              resources: {limits: {memory: 1.5G}}
              restart_policy: {condition: on-failure}
            healthcheck: {test: ["NONE"]}
          bytes:
            image: a
            mem_limit: 1048576
            restart: unless-stopped
            network_mode: host
            healthcheck:
              disable: true
          secretcheck:
            image: a
            deploy: {restart_policy: {}}
            healthcheck:
              test: ["CMD", "redis-cli", "-a", "${REDIS_PASSWORD}", "ping"]
        """);
    ComposeReader.ComposeRead read = project.read("c.yml", Map.of("REDIS_PASSWORD", "hunter22"));

    ComposeService small = service(read, "small");
    assertThat(small.memoryLimitBytes()).contains(512L * 1024 * 1024);
    assertThat(small.healthcheck().orElseThrow())
        .isEqualTo(
            new ComposeService.Healthcheck(
                false, java.util.List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1"), 5));
    ComposeService deployed = service(read, "deployed");
    assertThat(deployed.memoryLimitBytes()).contains((long) (1.5 * 1024 * 1024 * 1024));
    assertThat(deployed.restart()).contains("on-failure");
    assertThat(deployed.healthcheck().orElseThrow().disabled()).isTrue();
    ComposeService bytes = service(read, "bytes");
    assertThat(bytes.memoryLimitBytes()).contains(1048576L);
    assertThat(bytes.restart()).contains("unless-stopped");
    assertThat(bytes.networkMode()).contains("host");
    assertThat(bytes.healthcheck().orElseThrow().disabled()).isTrue();
    ComposeService secretcheck = service(read, "secretcheck");
    assertThat(secretcheck.restart()).contains("always");
    assertThat(secretcheck.healthcheck().orElseThrow().test()).contains("${REDIS_PASSWORD}");
    assertThat(secretcheck.memoryLimitBytes()).isEmpty();
  }

  @Test
  void labelsMapOrListWithSecretsFingerprinted() {
    project.write(
        "c.yml",
        """
        services:
          a:
            image: a
            labels:
              - traefik.enable=true
              - traefik.http.middlewares.auth.basicauth.users=admin:$$apr1$$xyz$$hash
              - com.example.api-token=tok_123
          b:
            image: b
            labels:
              traefik.http.middlewares.d.digestAuth.users: "u:realm:abc"
              app.db.password: ""
              plain: value
        """);
    ComposeReader.ComposeRead read = project.read("c.yml");

    assertThat(service(read, "a").labels())
        .containsEntry("traefik.enable", "true")
        .containsEntry(
            "traefik.http.middlewares.auth.basicauth.users",
            "fingerprint:" + ValueShape.fingerprint("admin:$apr1$xyz$hash"))
        .containsEntry("com.example.api-token", "fingerprint:" + ValueShape.fingerprint("tok_123"));
    assertThat(service(read, "b").labels())
        .containsEntry(
            "traefik.http.middlewares.d.digestAuth.users",
            "fingerprint:" + ValueShape.fingerprint("u:realm:abc"))
        .containsEntry("app.db.password", "")
        .containsEntry("plain", "value");
  }

  @Test
  void projectNameFromNameKeyEnvironmentOrFolder() {
    project.write("c.yml", "services:\n  a:\n    image: a\n");
    project.write("n.yml", "name: My_Stack\nservices:\n  a:\n    image: a\n");

    assertThat(service(project.read("n.yml"), "a").project()).isEqualTo("my_stack");
    assertThat(service(project.read("c.yml", Map.of("COMPOSE_PROJECT_NAME", "env")), "a").project())
        .isEqualTo("env");
    assertThat(service(project.read("c.yml"), "a").project())
        .isEqualTo(dir.getFileName().toString().toLowerCase().replaceAll("[^a-z0-9_-]", ""));
  }

  @Test
  void severalDocumentsMerge() {
    project.write(
        "c.yml",
        "services:\n  a:\n    image: a\n---\nservices:\n  a:\n    restart: always\n  b:\n    image: b\n");
    ComposeReader.ComposeRead read = project.read("c.yml");

    assertThat(service(read, "a").restart()).contains("always");
    assertThat(read.services()).hasSize(2);
  }

  private static Map<String, EnvVar> byName(ComposeService service) {
    Map<String, EnvVar> byName = new java.util.LinkedHashMap<>();
    service.environment().forEach(e -> byName.put(e.name(), e));
    return byName;
  }
}
