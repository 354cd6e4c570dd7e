package dev.coodie4j.internal.access;

import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.EntityAccess;
import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The template of the writer classes {@link ConstantHandles} defines, one per statement writer: a hidden class made
 * from these bytes holds its 16 binding steps, its class data, as constants, and calls them in order. Never loaded
 * under its own name.
 */
final class ConstantWriter implements EntityAccess.EntityWriter<Object> {
  private static final MethodHandle W0 = slot(0);
  private static final MethodHandle W1 = slot(1);
  private static final MethodHandle W2 = slot(2);
  private static final MethodHandle W3 = slot(3);
  private static final MethodHandle W4 = slot(4);
  private static final MethodHandle W5 = slot(5);
  private static final MethodHandle W6 = slot(6);
  private static final MethodHandle W7 = slot(7);
  private static final MethodHandle W8 = slot(8);
  private static final MethodHandle W9 = slot(9);
  private static final MethodHandle W10 = slot(10);
  private static final MethodHandle W11 = slot(11);
  private static final MethodHandle W12 = slot(12);
  private static final MethodHandle W13 = slot(13);
  private static final MethodHandle W14 = slot(14);
  private static final MethodHandle W15 = slot(15);

  private static MethodHandle slot(int index) {
    try {
      return MethodHandles.classDataAt(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, MethodHandle.class, index);
    } catch (IllegalAccessException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public int write(Object entity, Binding binding) {
    int missing;
    if ((missing = step(W0, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W1, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W2, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W3, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W4, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W5, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W6, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W7, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W8, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W9, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W10, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W11, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W12, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W13, entity, binding)) >= 0) {
      return missing;
    }
    if ((missing = step(W14, entity, binding)) >= 0) {
      return missing;
    }
    return step(W15, entity, binding);
  }

  private static int step(MethodHandle step, Object entity, Binding binding) {
    try {
      return (int) step.invokeExact(entity, binding);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw ConstantHandles.stepFailure(e);
    }
  }
}
