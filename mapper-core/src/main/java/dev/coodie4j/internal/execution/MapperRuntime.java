package dev.coodie4j.internal.execution;

import dev.coodie4j.internal.check.EntityValidator;
import dev.coodie4j.spi.CqlDriver;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every table of one mapper shares.
 *
 * @param driver the session
 * @param statements the mapper's statement cache
 * @param writeNulls whether writes set null properties to null by default
 * @param keyspace the mapper's default keyspace, else the session's
 * @param validator Bean Validation before writes, empty when switched off
 * @param naming how names follow from Java names
 * @param pagingTokens signs and checks the paging tokens of queries
 * @param inFlight the bound on requests in flight, null when there is none
 * @param listeners told of each operation, null when there are none
 */
public record MapperRuntime(CqlDriver driver, StatementCache statements, boolean writeNulls, Optional<String> keyspace,
    Optional<EntityValidator> validator, dev.coodie4j.NamingStrategy naming,
    PagingTokens pagingTokens, @Nullable InFlightLimit inFlight, @Nullable Listeners listeners) {}
