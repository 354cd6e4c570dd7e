package dev.coodie4j.faults;

import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.session.Session;
import com.datastax.oss.driver.internal.core.loadbalancing.DefaultLoadBalancingPolicy;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The driver's default policy, except that every query plan starts with one chosen node, so that a test knows
 * which node coordinates first (and which one a speculative execution or retry moves to). The node is chosen for a
 * session by its name ({@link #preferBySession}), or else for every session ({@link #preferred}).
 */
public final class PreferredFirstPolicy extends DefaultLoadBalancingPolicy {
  static volatile InetSocketAddress preferred;
  static final Map<String, InetSocketAddress> preferBySession = new ConcurrentHashMap<>();

  private final String sessionName;

  public PreferredFirstPolicy(DriverContext context, String profileName) {
    super(context, profileName);
    this.sessionName = context.getSessionName();
  }

  @Override
  public Queue<Node> newQueryPlan(Request request, Session session) {
    List<Node> plan = new ArrayList<>(super.newQueryPlan(request, session));
    plan.sort((a, b) -> Boolean.compare(!isPreferred(a), !isPreferred(b)));
    return new ArrayDeque<>(plan);
  }

  private boolean isPreferred(Node node) {
    return node.getEndPoint().resolve().equals(preferBySession.getOrDefault(sessionName, preferred));
  }
}
