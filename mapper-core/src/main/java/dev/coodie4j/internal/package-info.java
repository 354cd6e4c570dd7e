/**
 * Implementation: introspection, CQL rendering, the statement cache and the operations behind the public faces.
 *
 * <p>Not API: classes here change without notice.
 */
package dev.coodie4j.internal;
