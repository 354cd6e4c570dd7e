package dev.coodie4j.internal.metadata;

import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.annotation.Discriminator;
import dev.coodie4j.annotation.DiscriminatorValue;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.internal.access.HandleValues;
import dev.coodie4j.internal.access.Instantiator;
import dev.coodie4j.internal.access.Property;
import dev.coodie4j.spi.ColumnValues;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.util.Map;

/** Single-table inheritance: a sealed {@code @Table @Discriminator} interface and its records. */
public final class Polymorphism {
  private Polymorphism() {}

  /** The discriminator column and the value of one type ({@code value} null for the base). */
  public record Discriminator(int column, String value) {}

  /** The {@code @Table @Discriminator} interface a {@code @DiscriminatorValue} record implements. */
  static Class<?> baseOf(Class<?> type) {
    for (Class<?> candidate : type.getInterfaces()) {
      if (candidate.isAnnotationPresent(Table.class) && candidate.isAnnotationPresent(dev.coodie4j.annotation.Discriminator.class)) {
        return candidate;
      }
    }
    throw new EntityDefinitionException(type, "has @DiscriminatorValue but implements no interface annotated with "
        + "@Table and @Discriminator: implement the base of its type hierarchy");
  }

  /** A property that is the discriminator column, reading as the type's constant value. */
  static Property discriminatorProperty(String column, String value) {
    MethodHandle getter = MethodHandles.dropArguments(MethodHandles.constant(String.class, value), 0, Object.class);
    return new Property(column, String.class, String.class, NO_ANNOTATIONS, getter, null);
  }

  /** A property of the base type that no write ever reads (writes go through the subtypes). */
  static Property unreadable(String name, Class<?> type, java.lang.reflect.Type genericType) {
    return new Property(name, type, genericType, NO_ANNOTATIONS,
        MethodHandles.empty(MethodType.methodType(type, Object.class)), null);
  }

  static String columnOf(Class<?> base) {
    return base.getAnnotation(dev.coodie4j.annotation.Discriminator.class).value();
  }

  static String valueOf(Class<?> type) {
    return type.getAnnotation(DiscriminatorValue.class).value();
  }

  private static final AnnotatedElement NO_ANNOTATIONS = new AnnotatedElement() {
    @Override
    public <A extends Annotation> A getAnnotation(Class<A> annotationClass) {
      return null;
    }

    @Override
    public Annotation[] getAnnotations() {
      return new Annotation[0];
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
      return new Annotation[0];
    }
  };

  /** Reads a row of the base table as the record its discriminator names. */
  static final class BaseInstantiator<T> implements Instantiator<T> {
    private final String table;
    private final int discriminator;
    private final Map<String, Instantiator<?>> byValue;
    private final Map<String, int[]> columnsByValue;
    private final int[] selected;

    BaseInstantiator(String table, int discriminator, Map<String, Instantiator<?>> byValue,
        Map<String, int[]> columnsByValue, int[] selected) {
      this.table = table;
      this.discriminator = discriminator;
      this.byValue = byValue;
      this.columnsByValue = columnsByValue;
      this.selected = selected;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T read(Object rowObject) {
      ColumnValues row = (ColumnValues) rowObject;
      int position = selected == null ? discriminator : indexIn(selected, discriminator);
      Object value = position < 0 ? null : row.get(position);
      Instantiator<?> instantiator = byValue.get(value);
      if (instantiator == null) {
        throw new CoodieException("table " + table + ": a row has discriminator " + value + ", which no record of the "
            + "hierarchy declares " + byValue.keySet() + "; add a @DiscriminatorValue(\"" + value + "\") record, or "
            + "fix the row" + (position < 0 ? " (select the discriminator column too)" : ""));
      }
      int[] columns = columnsByValue.get(value);
      return (T) instantiator.read(new Remapped(row, columns, selected));
    }

    @Override
    public Instantiator<T> forColumns(int[] modelColumns) {
      return new BaseInstantiator<>(table, discriminator, byValue, columnsByValue, modelColumns);
    }

    /** The record is picked per row, so a driver's rows are read as {@link ColumnValues}, through its handles. */
    @Override
    public Instantiator<T> forColumns(int[] modelColumns, MethodHandle[] columnReaders, MethodHandle[] nullTests) {
      Instantiator<T> selection = forColumns(modelColumns);
      if (columnReaders == null) {
        return selection;
      }
      return new DriverRows<>(selection, columnReaders, nullTests);
    }

    /** A driver's rows, seen through its handles as {@link ColumnValues} for the selection's reads. */
    private record DriverRows<T>(Instantiator<T> selection, MethodHandle[] readers, MethodHandle[] nullTests)
        implements Instantiator<T> {
      @Override
      public T read(Object row) {
        return selection.read(new HandleValues(row, readers, nullTests));
      }

      @Override
      public Instantiator<T> forColumns(int[] columns) {
        return selection.forColumns(columns);
      }

      @Override
      public Instantiator<T> forColumns(int[] columns, MethodHandle[] columnReaders, MethodHandle[] tests) {
        return selection.forColumns(columns, columnReaders, tests);
      }
    }

    private static int indexIn(int[] selected, int column) {
      for (int i = 0; i < selected.length; i++) {
        if (selected[i] == column) {
          return i;
        }
      }
      return -1;
    }

    /** Column i of a subtype read from the base row: its base column, wherever the selection put it. */
    private record Remapped(ColumnValues row, int[] baseColumns, int[] selected) implements ColumnValues {
      private int at(int index) {
        return selected == null ? baseColumns[index] : indexIn(selected, baseColumns[index]);
      }

      @Override
      public boolean isNull(int index) {
        int at = at(index);
        return at < 0 || row.isNull(at);
      }

      @Override
      public Object get(int index) {
        int at = at(index);
        return at < 0 ? null : row.get(at);
      }

      @Override
      public int getInt(int index) {
        return at(index) < 0 ? 0 : row.getInt(at(index));
      }

      @Override
      public long getLong(int index) {
        return at(index) < 0 ? 0 : row.getLong(at(index));
      }

      @Override
      public double getDouble(int index) {
        return at(index) < 0 ? 0 : row.getDouble(at(index));
      }

      @Override
      public float getFloat(int index) {
        return at(index) < 0 ? 0 : row.getFloat(at(index));
      }

      @Override
      public boolean getBoolean(int index) {
        return at(index) >= 0 && row.getBoolean(at(index));
      }
    }
  }
}
