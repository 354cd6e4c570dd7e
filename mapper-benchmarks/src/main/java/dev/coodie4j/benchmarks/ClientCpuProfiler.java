package dev.coodie4j.benchmarks;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Client CPU per operation: the CPU time of the whole benchmark JVM (the calling threads, the driver's I/O threads,
 * the JIT and the GC; see {@link ClientCpu}) during an iteration, divided by the operations measured in it. The server runs in its own
 * process, so none of its time is counted. A mapper's overhead is its client CPU minus raw code's.
 */
public final class ClientCpuProfiler implements InternalProfiler {
  /** The secondary result's name in JMH's output. */
  static final String NAME = "client.cpu.time.norm";

  private long before;

  @Override
  public String getDescription() {
    return "CPU time of the benchmark JVM per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    before = ClientCpu.nanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
      IterationResult result) {
    long cpu = ClientCpu.nanos() - before;
    long operations = result.getMetadata().getMeasuredOps();
    double perOp = operations > 0 ? (double) cpu / operations : Double.NaN;
    return List.of(new ScalarResult(NAME, perOp, "ns/op", AggregationPolicy.AVG));
  }
}
