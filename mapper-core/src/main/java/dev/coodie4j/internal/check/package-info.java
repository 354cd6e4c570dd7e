/**
 * Input checks, run before anything is bound or sent: query restrictions ({@code QuerySpec}, {@code QueryRules}),
 * update and delete clauses ({@code UpdateSpec}), key sizes, Bean Validation and the change detection of
 * {@code saveChanges}. A refusal is a {@code CoodieException} naming the entity, property and fix.
 *
 * <p>Not API: classes here change without notice and are not for use outside mapper-core.
 */
package dev.coodie4j.internal.check;
