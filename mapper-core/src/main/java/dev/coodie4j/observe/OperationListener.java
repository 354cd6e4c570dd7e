package dev.coodie4j.observe;

/**
 * Told of every operation a mapper runs, once it completes, on the thread that completed it (often a driver I/O
 * thread): keep it quick and never block. A listener that throws does not break the operation; the mapper logs its
 * first failure (logger {@code dev.coodie4j.observe}) and goes on calling it.
 */
@FunctionalInterface
public interface OperationListener {
  void onOperation(OperationEvent event);
}
