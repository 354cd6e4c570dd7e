package dev.coodie4j.internal.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.spi.ConvertedType;
import java.lang.reflect.Type;
import java.util.function.Supplier;

/**
 * The only class that touches Jackson, an optional dependency: loaded once a {@code @Json} column is found and
 * Jackson is known to be present.
 */
final class JsonColumns {
  static final Supplier<ObjectMapper> DEFAULT_MAPPER = new Supplier<>() {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public ObjectMapper get() {
      return mapper;
    }
  };

  private JsonColumns() {}

  static ConvertedType converted(Class<?> entity, String where, String property, Type javaType, Class<?> supplierClass,
      Object supplier) {
    if (!(supplier instanceof Supplier<?> objectMappers) || !(objectMappers.get() instanceof ObjectMapper mapper)) {
      throw new EntityDefinitionException(entity, where + " names @Json(mapper = " + supplierClass.getName()
          + "), which cannot be instantiated or supplies no ObjectMapper: give it a no-arg constructor and make it "
          + "a Supplier<ObjectMapper>");
    }
    JavaType target = mapper.getTypeFactory().constructType(javaType);
    return new ConvertedType(javaType, String.class, supplierClass, value -> {
      try {
        return mapper.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new CoodieException(property + ": Jackson cannot write " + value.getClass().getName() + " as JSON: "
            + e.getOriginalMessage() + "; fix the value or configure the ObjectMapper of @Json(mapper = ...)", e);
      }
    }, text -> {
      try {
        return mapper.readValue((String) text, target);
      } catch (JsonProcessingException e) {
        throw new CoodieException(property + ": the stored JSON does not read as " + javaType.getTypeName() + ": "
            + e.getOriginalMessage(), e);
      }
    });
  }
}
