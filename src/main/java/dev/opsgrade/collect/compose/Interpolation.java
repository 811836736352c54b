package dev.opsgrade.collect.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Interpolates a whole compose document. Items of a service's list-form {@code environment}
 * ("KEY=${VAR}") are interpolated after the '=', so a value taken whole from a variable is known as
 * a reference, as in the mapping form.
 */
final class Interpolation {
  private Interpolation() {}

  static YamlNode document(YamlNode document, Interpolator interpolator) {
    if (!(document instanceof YamlNode.Mapping top)) {
      return document.mapScalars(interpolator::apply);
    }
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    for (YamlNode.Entry e : top.values()) {
      YamlNode value =
          e.key().equals("services") && e.value() instanceof YamlNode.Mapping services
              ? services(services, interpolator)
              : e.value().mapScalars(interpolator::apply);
      entries.put(e.key(), new YamlNode.Entry(e.key(), e.keyAt(), value));
    }
    return new YamlNode.Mapping(entries, top.at());
  }

  private static YamlNode services(YamlNode.Mapping services, Interpolator interpolator) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    for (YamlNode.Entry service : services.values()) {
      YamlNode value =
          service.value() instanceof YamlNode.Mapping definition
              ? service(definition, interpolator)
              : service.value().mapScalars(interpolator::apply);
      entries.put(service.key(), new YamlNode.Entry(service.key(), service.keyAt(), value));
    }
    return new YamlNode.Mapping(entries, services.at());
  }

  private static YamlNode service(YamlNode.Mapping definition, Interpolator interpolator) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    for (YamlNode.Entry e : definition.values()) {
      YamlNode value =
          e.key().equals("environment") && e.value() instanceof YamlNode.Sequence list
              ? list.mapScalars(s -> assignment(s, interpolator))
              : e.value().mapScalars(interpolator::apply);
      entries.put(e.key(), new YamlNode.Entry(e.key(), e.keyAt(), value));
    }
    return new YamlNode.Mapping(entries, definition.at());
  }

  private static YamlNode.Scalar assignment(YamlNode.Scalar item, Interpolator interpolator) {
    int equals = item.text().indexOf('=');
    if (item.isNull() || equals < 0) {
      return interpolator.apply(item);
    }
    Interpolator.Result value = interpolator.apply(item.text().substring(equals + 1), item.at());
    String name = item.text().substring(0, equals);
    return new YamlNode.Scalar(
        name + "=" + value.value(), item.raw(), false, value.reference(), item.at());
  }
}
