package dev.opsgrade.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the kind of a fact record ("compose.service"). The kind is how a fact is stored in the
 * evidence bundle and how a check asks for it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FactKind {
  String value();
}
