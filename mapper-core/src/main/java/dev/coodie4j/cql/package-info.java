/**
 * Hand-written CQL: {@link dev.coodie4j.cql.RawStatement} from {@code mapper.cql(text, values...)}, prepared once
 * per text and value types and cached like generated statements.
 */
@NullMarked
package dev.coodie4j.cql;

import org.jspecify.annotations.NullMarked;
