package dev.opsgrade.collect.compose;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

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
    return each(
        top,
        (key, value) ->
            key.equals("services") && value instanceof YamlNode.Mapping services
                ? each(services, (name, service) -> service(service, interpolator))
                : value.mapScalars(interpolator::apply));
  }

  private static YamlNode service(YamlNode service, Interpolator interpolator) {
    if (!(service instanceof YamlNode.Mapping definition)) {
      return service.mapScalars(interpolator::apply);
    }
    return each(
        definition,
        (key, value) ->
            key.equals("environment") && value instanceof YamlNode.Sequence list
                ? list.mapScalars(s -> assignment(s, interpolator))
                : value.mapScalars(interpolator::apply));
  }

  /** The mapping with each value replaced by {@code change(key, value)}. */
  private static YamlNode.Mapping each(
      YamlNode.Mapping mapping, BiFunction<String, YamlNode, YamlNode> change) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    for (YamlNode.Entry e : mapping.values()) {
      entries.put(
          e.key(), new YamlNode.Entry(e.key(), e.keyAt(), change.apply(e.key(), e.value())));
    }
    return new YamlNode.Mapping(entries, mapping.at());
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
