package dev.coodie4j.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real server with a fresh keyspace: test methods, constructors and lifecycle methods may
 * declare {@link com.datastax.oss.driver.api.core.CqlSession}, {@link dev.coodie4j.Mapper} (whose default keyspace is
 * the class's keyspace), {@link TestKeyspace} or {@link CassandraServer} parameters. See {@link CassandraExtension}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(CassandraExtension.class)
public @interface CassandraTest {}
