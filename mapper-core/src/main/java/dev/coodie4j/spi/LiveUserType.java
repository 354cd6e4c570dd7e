package dev.coodie4j.spi;

import java.util.List;

/**
 * A user-defined type as the server describes it.
 *
 * @param name the type name
 * @param fieldNames the field names, in order
 * @param fieldTypes the CQL type of each field, as the server writes it
 */
public record LiveUserType(String name, List<String> fieldNames, List<String> fieldTypes) {
  public LiveUserType {
    fieldNames = List.copyOf(fieldNames);
    fieldTypes = List.copyOf(fieldTypes);
  }
}
