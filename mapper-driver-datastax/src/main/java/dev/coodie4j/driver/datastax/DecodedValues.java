package dev.coodie4j.driver.datastax;

import dev.coodie4j.spi.ColumnValues;

/** Column values decoded up front, read by index. */
final class DecodedValues implements ColumnValues {
  private final Object[] values;

  DecodedValues(Object[] values) {
    this.values = values;
  }

  @Override
  public boolean isNull(int index) {
    return values[index] == null;
  }

  @Override
  public Object get(int index) {
    return values[index];
  }

  @Override
  public int getInt(int index) {
    return values[index] == null ? 0 : (Integer) values[index];
  }

  @Override
  public long getLong(int index) {
    return values[index] == null ? 0L : (Long) values[index];
  }

  @Override
  public double getDouble(int index) {
    return values[index] == null ? 0d : (Double) values[index];
  }

  @Override
  public float getFloat(int index) {
    return values[index] == null ? 0f : (Float) values[index];
  }

  @Override
  public boolean getBoolean(int index) {
    return values[index] != null && (Boolean) values[index];
  }
}
