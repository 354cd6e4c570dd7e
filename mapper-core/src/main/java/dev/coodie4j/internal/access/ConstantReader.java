package dev.coodie4j.internal.access;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The template of the classes {@link ConstantHandles} defines, one per reader: a hidden class made from these bytes
 * holds its reader's handle, its class data, as a constant. Never loaded under its own name.
 */
final class ConstantReader implements RowFunction {
  private static final MethodHandle READER;

  static {
    try {
      READER = MethodHandles.classData(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class);
    } catch (IllegalAccessException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public Object apply(Object row) throws Throwable {
    return READER.invokeExact(row);
  }
}
