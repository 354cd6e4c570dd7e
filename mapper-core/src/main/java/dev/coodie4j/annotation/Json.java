package dev.coodie4j.annotation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * Stores the property, of any Java type Jackson can write and read, as JSON in a {@code text} column.
 * {@code mapper} names a supplier of the {@link ObjectMapper} to use, instantiated once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Json {
  Class<? extends Supplier<ObjectMapper>> mapper() default DefaultObjectMapper.class;

  /** A plain {@code new ObjectMapper()}. */
  final class DefaultObjectMapper implements Supplier<ObjectMapper> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public ObjectMapper get() {
      return MAPPER;
    }
  }
}
