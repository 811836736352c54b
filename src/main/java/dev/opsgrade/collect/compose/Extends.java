package dev.opsgrade.collect.compose;

import dev.opsgrade.collect.compose.ProjectReader.ServiceDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code extends: name} and {@code extends: {service, file}}: the base service (itself
 * resolved first) with the extending service merged over it. A file is relative to the project
 * directory of the file that names it; a cycle is an error.
 */
final class Extends {
  private final ReadState state;

  Extends(ReadState state) {
    this.state = state;
  }

  Map<String, ServiceDef> resolveAll(Map<String, ServiceDef> services) {
    Map<String, ServiceDef> resolved = new LinkedHashMap<>();
    for (ServiceDef service : services.values()) {
      resolved.put(service.name(), resolve(service, services, new ArrayList<>()));
    }
    return resolved;
  }

  private ServiceDef resolve(
      ServiceDef service, Map<String, ServiceDef> scope, List<String> chain) {
    YamlNode.Entry extendsEntry = service.definition().entry("extends").orElse(null);
    if (extendsEntry == null) {
      return service;
    }
    YamlNode spec = extendsEntry.value();
    String baseName;
    Map<String, ServiceDef> baseScope = scope;
    if (spec instanceof YamlNode.Mapping m) {
      baseName =
          m.text("service")
              .orElseThrow(() -> new ComposeException(m.at(), "extends needs a service"));
      if (m.text("file").isPresent()) {
        baseScope = servicesIn(m.text("file").get(), m.get("file").get().at());
      }
    } else {
      baseName = YamlNode.expectText(spec, "extends");
    }
    ServiceDef base = baseScope.get(baseName);
    if (base == null) {
      throw new ComposeException(
          spec.at(), "cannot extend service '" + baseName + "': no such service");
    }
    String key = base.at().file() + "#" + baseName;
    if (chain.contains(key) || chain.size() > 64) {
      throw new ComposeException(spec.at(), "extends cycle through service '" + baseName + "'");
    }
    List<String> deeper = new ArrayList<>(chain);
    deeper.add(key);
    ServiceDef resolvedBase = resolve(base, baseScope, deeper);
    Map<String, YamlNode.Entry> own = new LinkedHashMap<>(service.definition().entries());
    own.remove("extends");
    YamlNode.Mapping merged =
        OverrideMerge.service(
            resolvedBase.definition(), new YamlNode.Mapping(own, service.definition().at()));
    return new ServiceDef(service.name(), merged, service.at());
  }

  private Map<String, ServiceDef> servicesIn(String file, Position at) {
    ReadState.FileContext context = state.context(at.file());
    Path path = at.resolve(context.workingDir(), file);
    if (!Files.isRegularFile(path)) {
      throw new ComposeException(at, "extends file '" + file + "' does not exist");
    }
    YamlNode.Mapping top = state.parse(path, path.getParent(), context.variables());
    return ProjectReader.servicesOf(top);
  }
}
