package dev.opsgrade.config;

/** Turns a scalar into a typed value, or says what is wrong with it by throwing {@link Bad}. */
@FunctionalInterface
interface ScalarType<T> {

  T parse(Scalar scalar);

  /** A value of the wrong type or format; the message never quotes an interpolated value. */
  final class Bad extends RuntimeException {
    Bad(String message) {
      super(message, null, false, false);
    }
  }
}
