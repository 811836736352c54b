package dev.opsgrade.model.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * The validated, frozen inventory (opsgrade.yaml). Defaults are filled in by the loader. Paths are
 * as written, relative to {@code baseDir}.
 */
public record Inventory(
    String name,
    String baseDir,
    String sourceFile,
    List<HostSpec> hosts,
    Optional<ProxySpec> proxy,
    List<EndpointSpec> endpoints,
    ProbeSpec probe,
    SecuritySpec security,
    Optional<MonitoringSpec> monitoring,
    Optional<BackupSpec> backup,
    Optional<DrSpec> dr,
    List<String> repos,
    Optional<DocsSpec> docs,
    List<PhaseSpec> phases,
    String rubric,
    Optional<HistorySpec> history,
    Optional<ServeSpec> serve,
    SloSpec slo,
    @JsonProperty("notify") List<NotifySpec> notifications) {}
