/**
 * CQL rendering: the text of every statement (INSERT, SELECT, UPDATE, DELETE, DDL) from parts the execution
 * stage computes, rendered once per statement shape. The same relation is always rendered the same way, so one shape
 * is one prepared statement.
 *
 * <p>Not API: classes here change without notice and are not for use outside mapper-core.
 */
package dev.coodie4j.internal.render;
