package dev.opsgrade.collect.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a compose file is interpolated with, in layers: the first layer that defines a name
 * wins (the process environment before {@code .env}, an including project before the env_file of
 * its include).
 */
record Variables(List<Map<String, String>> layers) {

  Variables {
    layers = List.copyOf(layers);
  }

  static Variables of(Map<String, String> process) {
    return new Variables(List.of(Map.copyOf(process)));
  }

  Variables withFallback(Map<String, String> more) {
    List<Map<String, String>> all = new ArrayList<>(layers);
    all.add(Map.copyOf(more));
    return new Variables(all);
  }

  Optional<String> lookup(String name) {
    for (Map<String, String> layer : layers) {
      String value = layer.get(name);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
