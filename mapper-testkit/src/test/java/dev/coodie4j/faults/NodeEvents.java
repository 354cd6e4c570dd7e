package dev.coodie4j.faults;

import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A request tracker that records, for each statement, every node that answered it or failed it. */
final class NodeEvents implements RequestTracker {
  record Event(String cql, SocketAddress node, boolean success) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();

  @Override
  public void onNodeSuccess(Request request, long latencyNanos, DriverExecutionProfile profile, Node node,
      String logPrefix) {
    events.add(new Event(cql(request), node.getEndPoint().resolve(), true));
  }

  @Override
  public void onNodeError(Request request, Throwable error, long latencyNanos, DriverExecutionProfile profile,
      Node node, String logPrefix) {
    events.add(new Event(cql(request), node.getEndPoint().resolve(), false));
  }

  /** The events of statements whose CQL starts with this text. */
  List<Event> of(String cqlPrefix) {
    return events.stream().filter(e -> e.cql().startsWith(cqlPrefix)).toList();
  }

  void clear() {
    events.clear();
  }

  private static String cql(Request request) {
    return request instanceof BoundStatement bound ? bound.getPreparedStatement().getQuery() : request.toString();
  }

  @Override
  public void close() {}
}
