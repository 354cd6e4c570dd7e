package dev.coodie4j.properties;

import dev.coodie4j.properties.Entities.Collections;
import dev.coodie4j.properties.Entities.Counters;
import dev.coodie4j.properties.Entities.Kinds;
import dev.coodie4j.properties.Entities.Scalars;
import dev.coodie4j.query.PropertyRef;
import java.util.Map;

/** A method reference for every property of the entities, keyed by "Entity.property": the typed API needs them. */
final class Refs {
  private Refs() {}

  private static final Map<String, PropertyRef<?, Object>> REFS = Map.ofEntries(
      Map.entry("Scalars.id", (PropertyRef<Scalars, Object>) Scalars::id),
      Map.entry("Scalars.bucket", (PropertyRef<Scalars, Object>) Scalars::bucket),
      Map.entry("Scalars.seq", (PropertyRef<Scalars, Object>) Scalars::seq),
      Map.entry("Scalars.clusterId", (PropertyRef<Scalars, Object>) Scalars::clusterId),
      Map.entry("Scalars.text", (PropertyRef<Scalars, Object>) Scalars::text),
      Map.entry("Scalars.ascii", (PropertyRef<Scalars, Object>) Scalars::ascii),
      Map.entry("Scalars.intPrimitive", (PropertyRef<Scalars, Object>) Scalars::intPrimitive),
      Map.entry("Scalars.intBoxed", (PropertyRef<Scalars, Object>) Scalars::intBoxed),
      Map.entry("Scalars.longPrimitive", (PropertyRef<Scalars, Object>) Scalars::longPrimitive),
      Map.entry("Scalars.longBoxed", (PropertyRef<Scalars, Object>) Scalars::longBoxed),
      Map.entry("Scalars.shortPrimitive", (PropertyRef<Scalars, Object>) Scalars::shortPrimitive),
      Map.entry("Scalars.shortBoxed", (PropertyRef<Scalars, Object>) Scalars::shortBoxed),
      Map.entry("Scalars.bytePrimitive", (PropertyRef<Scalars, Object>) Scalars::bytePrimitive),
      Map.entry("Scalars.byteBoxed", (PropertyRef<Scalars, Object>) Scalars::byteBoxed),
      Map.entry("Scalars.varint", (PropertyRef<Scalars, Object>) Scalars::varint),
      Map.entry("Scalars.floatPrimitive", (PropertyRef<Scalars, Object>) Scalars::floatPrimitive),
      Map.entry("Scalars.floatBoxed", (PropertyRef<Scalars, Object>) Scalars::floatBoxed),
      Map.entry("Scalars.doublePrimitive", (PropertyRef<Scalars, Object>) Scalars::doublePrimitive),
      Map.entry("Scalars.doubleBoxed", (PropertyRef<Scalars, Object>) Scalars::doubleBoxed),
      Map.entry("Scalars.decimal", (PropertyRef<Scalars, Object>) Scalars::decimal),
      Map.entry("Scalars.boolPrimitive", (PropertyRef<Scalars, Object>) Scalars::boolPrimitive),
      Map.entry("Scalars.boolBoxed", (PropertyRef<Scalars, Object>) Scalars::boolBoxed),
      Map.entry("Scalars.uuid", (PropertyRef<Scalars, Object>) Scalars::uuid),
      Map.entry("Scalars.timeuuid", (PropertyRef<Scalars, Object>) Scalars::timeuuid),
      Map.entry("Scalars.timestamp", (PropertyRef<Scalars, Object>) Scalars::timestamp),
      Map.entry("Scalars.date", (PropertyRef<Scalars, Object>) Scalars::date),
      Map.entry("Scalars.time", (PropertyRef<Scalars, Object>) Scalars::time),
      Map.entry("Scalars.duration", (PropertyRef<Scalars, Object>) Scalars::duration),
      Map.entry("Scalars.blobBuffer", (PropertyRef<Scalars, Object>) Scalars::blobBuffer),
      Map.entry("Scalars.blobArray", (PropertyRef<Scalars, Object>) Scalars::blobArray),
      Map.entry("Scalars.inet", (PropertyRef<Scalars, Object>) Scalars::inet),
      Map.entry("Collections.id", (PropertyRef<Collections, Object>) Collections::id),
      Map.entry("Collections.names", (PropertyRef<Collections, Object>) Collections::names),
      Map.entry("Collections.numbers", (PropertyRef<Collections, Object>) Collections::numbers),
      Map.entry("Collections.totals", (PropertyRef<Collections, Object>) Collections::totals),
      Map.entry("Collections.frozenList", (PropertyRef<Collections, Object>) Collections::frozenList),
      Map.entry("Collections.nested", (PropertyRef<Collections, Object>) Collections::nested),
      Map.entry("Collections.mapOfLists", (PropertyRef<Collections, Object>) Collections::mapOfLists),
      Map.entry("Collections.sortedSet", (PropertyRef<Collections, Object>) Collections::sortedSet),
      Map.entry("Collections.sortedMap", (PropertyRef<Collections, Object>) Collections::sortedMap),
      Map.entry("Collections.plans", (PropertyRef<Collections, Object>) Collections::plans),
      Map.entry("Collections.points", (PropertyRef<Collections, Object>) Collections::points),
      Map.entry("Kinds.id", (PropertyRef<Kinds, Object>) Kinds::id),
      Map.entry("Kinds.seq", (PropertyRef<Kinds, Object>) Kinds::seq),
      Map.entry("Kinds.region", (PropertyRef<Kinds, Object>) Kinds::region),
      Map.entry("Kinds.planByName", (PropertyRef<Kinds, Object>) Kinds::planByName),
      Map.entry("Kinds.planAscii", (PropertyRef<Kinds, Object>) Kinds::planAscii),
      Map.entry("Kinds.planByOrdinal", (PropertyRef<Kinds, Object>) Kinds::planByOrdinal),
      Map.entry("Kinds.address", (PropertyRef<Kinds, Object>) Kinds::address),
      Map.entry("Kinds.frozenAddress", (PropertyRef<Kinds, Object>) Kinds::frozenAddress),
      Map.entry("Kinds.location", (PropertyRef<Kinds, Object>) Kinds::location),
      Map.entry("Kinds.price", (PropertyRef<Kinds, Object>) Kinds::price),
      Map.entry("Kinds.prices", (PropertyRef<Kinds, Object>) Kinds::prices),
      Map.entry("Kinds.seenAt", (PropertyRef<Kinds, Object>) Kinds::seenAt),
      Map.entry("Kinds.size", (PropertyRef<Kinds, Object>) Kinds::size),
      Map.entry("Kinds.attributes", (PropertyRef<Kinds, Object>) Kinds::attributes),
      Map.entry("Kinds.embedding", (PropertyRef<Kinds, Object>) Kinds::embedding),
      Map.entry("Counters.page", (PropertyRef<Counters, Object>) Counters::page),
      Map.entry("Counters.day", (PropertyRef<Counters, Object>) Counters::day),
      Map.entry("Counters.views", (PropertyRef<Counters, Object>) Counters::views),
      Map.entry("Counters.visitors", (PropertyRef<Counters, Object>) Counters::visitors));

  @SuppressWarnings({"unchecked", "rawtypes"})
  static PropertyRef<Object, Object> of(Class<?> entity, String property) {
    PropertyRef ref = REFS.get(entity.getSimpleName() + "." + property);
    if (ref == null) {
      throw new IllegalArgumentException("no method reference for " + entity.getSimpleName() + "." + property);
    }
    return ref;
  }
}
