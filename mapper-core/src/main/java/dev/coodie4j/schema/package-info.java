/** Immutable schema metadata: what an entity maps to, built once per class and shared. */
package dev.coodie4j.schema;
