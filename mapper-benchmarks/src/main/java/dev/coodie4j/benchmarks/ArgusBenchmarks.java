package dev.coodie4j.benchmarks;

import static dev.coodie4j.benchmarks.BenchSession.check;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.uuid.Uuids;
import dev.coodie4j.Mapper;
import dev.coodie4j.batch.Batch;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.benchmarks.dsmapper.ArgusDsMapper;
import dev.coodie4j.benchmarks.dsmapper.ArgusDsMapperBuilder;
import dev.coodie4j.benchmarks.dsmapper.DsArgusComment;
import dev.coodie4j.benchmarks.dsmapper.DsArgusCommentDao;
import dev.coodie4j.benchmarks.dsmapper.DsArgusEvent;
import dev.coodie4j.benchmarks.dsmapper.DsArgusEventDao;
import dev.coodie4j.benchmarks.dsmapper.DsArgusNotification;
import dev.coodie4j.benchmarks.dsmapper.DsArgusNotificationDao;
import dev.coodie4j.benchmarks.dsmapper.DsArgusTestRun;
import dev.coodie4j.benchmarks.dsmapper.DsArgusTestRunDao;
import dev.coodie4j.benchmarks.dsmapper.DsArgusUser;
import dev.coodie4j.benchmarks.dsmapper.DsArgusUserDao;
import dev.coodie4j.benchmarks.model.ArgusComment;
import dev.coodie4j.benchmarks.model.ArgusEvent;
import dev.coodie4j.benchmarks.model.ArgusNotification;
import dev.coodie4j.benchmarks.model.ArgusTestRun;
import dev.coodie4j.benchmarks.model.ArgusUser;
import dev.coodie4j.table.EntityTable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * coodie's {@code bench_argus.py}: the access patterns of Argus, a real test-tracking application. A get-or-create
 * of a user, a whole partition and its newest rows, two read-modify-writes that usually change nothing (a role list,
 * a run's status and heartbeat), a logged batch of events, a row with a list and a map, and a lookup that follows a
 * reference to a second table. Each runs on coodie4j, on hand-written driver code and on the DataStax object mapper,
 * against the same rows, seeded under fixed keys in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ArgusBenchmarks {
  /** The columns of {@code bench_argus_test_run} in {@link ArgusTestRun}'s order, as {@link #rawRun} reads them. */
  static final String RUN_COLUMNS = "build_id,start_time,id,release_id,group_id,test_id,assignee,status,"
      + "investigation_status,heartbeat,end_time,build_job_url,scylla_version";
  private static final String USER_COLUMNS = "id,username,full_name,email,registration_date,roles,picture_id,api_token";
  private static final String EVENT_COLUMNS = "id,release_id,group_id,test_id,run_id,user_id,kind,body,created_at";
  private static final String NOTIFICATION_COLUMNS =
      "receiver,id,type,state,sender,source_type,source_id,title,content";
  private static final String COMMENT_COLUMNS =
      "id,posted_at,test_run_id,user_id,release_id,message,mentions,reactions";

  private static final String USER_ROLE = "ROLE_USER";
  private static final String MANAGER_ROLE = "ROLE_MANAGER";
  private static final String RUNNING = "running";
  private static final String EVENT_KIND = "STATUS_CHANGE";
  private static final String EVENT_BODY = "{\"old\":\"created\",\"new\":\"running\"}";
  private static final int BATCH_SIZE = 10;
  private static final int LATEST_RUNS = 3;
  private static final int FEED_SIZE = 10;
  private static final String COMMENT_MESSAGE = "This test looks flaky, investigating.";
  private static final Map<String, Integer> COMMENT_REACTIONS = Map.of("+1", 3, "eyes", 1);

  // the seeded rows' keys: fixed, so every fork reads (and re-seeds) the same rows
  private static final UUID USER = seedId("user");
  private static final UUID ROLES_USER = seedId("roles-user");
  private static final UUID LOOKUP_USER = seedId("lookup-user");
  private static final UUID LOOKUP_EVENT = seedId("lookup-event");
  private static final UUID EVENT_RELEASE = seedId("event-release");
  private static final UUID EVENT_RUN = seedId("event-run");
  private static final UUID RECEIVER = seedId("receiver");
  private static final String FILTER_BUILD = "bench-job-" + seedId("filter-build");
  private static final String LATEST_BUILD = "bench-latest-" + seedId("latest-build");
  private static final String STATUS_BUILD = "bench-status-" + seedId("status-build");
  /** The start of the seeded runs and notifications: clustering keys must be fixed too. */
  private static final Instant SEED_TIME = Instant.parse("2025-01-01T00:00:00Z");

  private CqlSession session;
  private Mapper mapper;
  private EntityTable<ArgusUser> users;
  private EntityTable<ArgusTestRun> runs;
  private EntityTable<ArgusEvent> events;
  private EntityTable<ArgusNotification> notifications;
  private EntityTable<ArgusComment> comments;

  private PreparedStatement selectUser;
  private PreparedStatement insertUser;
  private PreparedStatement appendRoles;
  private PreparedStatement selectRuns;
  private PreparedStatement selectLatestRuns;
  private PreparedStatement updateRunProgress;
  private PreparedStatement insertEvent;
  private PreparedStatement selectEvent;
  private PreparedStatement selectNotifications;
  private PreparedStatement insertComment;

  private DsArgusUserDao userDao;
  private DsArgusTestRunDao runDao;
  private DsArgusEventDao eventDao;
  private DsArgusNotificationDao notificationDao;
  private DsArgusCommentDao commentDao;

  private ArgusUser seededUser;
  private ArgusUser lookupUser;
  private List<ArgusTestRun> filterRuns;
  private List<ArgusTestRun> latestRuns;
  private ArgusTestRun statusRun;
  private List<ArgusNotification> feed;

  @Setup(Level.Trial)
  public void setup() {
    BenchSession bench = BenchSession.get();
    session = bench.session();
    mapper = bench.mapper();
    users = synced(ArgusUser.class);
    runs = synced(ArgusTestRun.class);
    events = synced(ArgusEvent.class);
    notifications = synced(ArgusNotification.class);
    comments = synced(ArgusComment.class);

    selectUser = prepare("SELECT " + USER_COLUMNS + " FROM bench_ks.bench_argus_user WHERE id = ?", true);
    insertUser = prepare(insert("bench_argus_user", USER_COLUMNS), true);
    appendRoles = prepare("UPDATE bench_ks.bench_argus_user SET roles = roles + ? WHERE id = ?", false);
    String runsOfBuild = "SELECT " + RUN_COLUMNS + " FROM bench_ks.bench_argus_test_run WHERE build_id = ?";
    selectRuns = prepare(runsOfBuild, true);
    selectLatestRuns = prepare(runsOfBuild + " LIMIT ?", true);
    updateRunProgress = prepare("UPDATE bench_ks.bench_argus_test_run SET heartbeat = ?, status = ? "
        + "WHERE build_id = ? AND start_time = ?", true);
    insertEvent = prepare(insert("bench_argus_event", EVENT_COLUMNS), true);
    selectEvent = prepare("SELECT " + EVENT_COLUMNS + " FROM bench_ks.bench_argus_event WHERE id = ?", true);
    selectNotifications = prepare("SELECT " + NOTIFICATION_COLUMNS
        + " FROM bench_ks.bench_argus_notification WHERE receiver = ? LIMIT ?", true);
    insertComment = prepare(insert("bench_argus_comment", COMMENT_COLUMNS), true);

    ArgusDsMapper ds = new ArgusDsMapperBuilder(session).build();
    userDao = ds.userDao(BenchSession.KEYSPACE);
    runDao = ds.testRunDao(BenchSession.KEYSPACE);
    eventDao = ds.eventDao(BenchSession.KEYSPACE);
    notificationDao = ds.notificationDao(BenchSession.KEYSPACE);
    commentDao = ds.commentDao(BenchSession.KEYSPACE);

    seed();
    checkGetOrCreateUser();
    checkRunReads();
    checkListMutation();
    checkBatchEvents();
    checkNotificationFeed();
    checkStatusUpdate();
    checkCommentWithCollections();
    checkMultiModelLookup();
  }

  // ---- get_or_create_user: read a user by key, create it when missing (it never is)

  @Benchmark
  public ArgusUser get_or_create_user__coodie4j() {
    return getOrCreateCoodie4j(USER);
  }

  @Benchmark
  public ArgusUser get_or_create_user__raw() {
    return getOrCreateRaw(USER);
  }

  @Benchmark
  public DsArgusUser get_or_create_user__dsMapper() {
    return getOrCreateDsMapper(USER);
  }

  private ArgusUser getOrCreateCoodie4j(UUID id) {
    return users.get(id).orElseGet(() -> {
      ArgusUser created = fallbackUser(id);
      users.save(created);
      return created;
    });
  }

  private ArgusUser getOrCreateRaw(UUID id) {
    Row row = session.execute(selectUser.bind(id)).one();
    if (row != null) {
      return rawUser(row);
    }
    ArgusUser created = fallbackUser(id);
    BoundStatementBuilder insert = insertUser.boundStatementBuilder()
        .setUuid(0, created.id())
        .setString(1, created.username())
        .setString(2, created.fullName())
        .setString(3, created.email())
        .setInstant(4, created.registrationDate())
        .setList(5, created.roles(), String.class);
    session.execute(insert.build());
    return created;
  }

  private DsArgusUser getOrCreateDsMapper(UUID id) {
    DsArgusUser user = userDao.findById(id);
    if (user == null) {
      ArgusUser created = fallbackUser(id);
      user = new DsArgusUser(id, created.username(), created.fullName(), created.email(), created.registrationDate(),
          created.roles(), null, null);
      userDao.save(user);
    }
    return user;
  }

  private static ArgusUser fallbackUser(UUID id) {
    return ArgusUser.create(id, "fallback", "", List.of(USER_ROLE));
  }

  // ---- filter_runs_by_status: every run of one build (a partition; the name is coodie's)

  @Benchmark
  public List<ArgusTestRun> filter_runs_by_status__coodie4j() {
    return runs.query().where(ArgusTestRun::buildId).eq(FILTER_BUILD).list();
  }

  @Benchmark
  public List<ArgusTestRun> filter_runs_by_status__raw() {
    return session.execute(selectRuns.bind(FILTER_BUILD)).map(ArgusBenchmarks::rawRun).all();
  }

  @Benchmark
  public List<DsArgusTestRun> filter_runs_by_status__dsMapper() {
    return runDao.findByBuild(FILTER_BUILD).all();
  }

  // ---- latest_runs: the newest 3 runs of a build (the clustering order is DESC)

  @Benchmark
  public List<ArgusTestRun> latest_runs__coodie4j() {
    return runs.query().where(ArgusTestRun::buildId).eq(LATEST_BUILD).limit(LATEST_RUNS).list();
  }

  @Benchmark
  public List<ArgusTestRun> latest_runs__raw() {
    return session.execute(selectLatestRuns.bind(LATEST_BUILD, LATEST_RUNS)).map(ArgusBenchmarks::rawRun).all();
  }

  @Benchmark
  public List<DsArgusTestRun> latest_runs__dsMapper() {
    return runDao.findLatest(LATEST_BUILD, LATEST_RUNS).all();
  }

  // ---- list_mutation: load a user, grant ROLE_MANAGER unless it has it (it has, after the first call)

  @Benchmark
  public ArgusUser list_mutation__coodie4j() {
    ArgusUser before = users.get(ROLES_USER).orElseThrow();
    ArgusUser after = before.roles().contains(MANAGER_ROLE) ? before : before.withRole(MANAGER_ROLE);
    users.saveChanges(before, after);
    return after;
  }

  @Benchmark
  public ArgusUser list_mutation__raw() {
    ArgusUser user = rawUser(session.execute(selectUser.bind(ROLES_USER)).one());
    if (user.roles().contains(MANAGER_ROLE)) {
      return user;
    }
    session.execute(appendRoles.bind(List.of(MANAGER_ROLE), ROLES_USER));
    return user.withRole(MANAGER_ROLE);
  }

  @Benchmark
  public DsArgusUser list_mutation__dsMapper() {
    DsArgusUser user = userDao.findById(ROLES_USER);
    if (!user.getRoles().contains(MANAGER_ROLE)) {
      List<String> roles = new ArrayList<>(user.getRoles());
      roles.add(MANAGER_ROLE);
      user.setRoles(roles);
      userDao.update(user);
    }
    return user;
  }

  // ---- batch_events: a logged batch of 10 new events, each its own partition

  @Benchmark
  public List<ArgusEvent> batch_events__coodie4j() {
    Batch batch = mapper.batch(BatchType.LOGGED);
    List<ArgusEvent> written = newEvents();
    written.forEach(batch::save);
    batch.execute();
    return written;
  }

  @Benchmark
  public List<ArgusEvent> batch_events__raw() {
    BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.LOGGED).setIdempotence(true);
    List<ArgusEvent> written = newEvents();
    for (ArgusEvent event : written) {
      batch.addStatement(bindEvent(event));
    }
    session.execute(batch.build());
    return written;
  }

  @Benchmark
  public List<DsArgusEvent> batch_events__dsMapper() {
    BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.LOGGED);
    List<DsArgusEvent> written = new ArrayList<>(BATCH_SIZE);
    for (int i = 0; i < BATCH_SIZE; i++) {
      DsArgusEvent event = new DsArgusEvent(UUID.randomUUID(), EVENT_RELEASE, EVENT_RUN, UUID.randomUUID(),
          EVENT_KIND, EVENT_BODY, Instant.now());
      batch.addStatement(eventDao.insert(event));
      written.add(event);
    }
    session.execute(batch.build());
    return written;
  }

  private static List<ArgusEvent> newEvents() {
    List<ArgusEvent> events = new ArrayList<>(BATCH_SIZE);
    for (int i = 0; i < BATCH_SIZE; i++) {
      events.add(new ArgusEvent(UUID.randomUUID(), EVENT_RELEASE, null, null, EVENT_RUN, UUID.randomUUID(), EVENT_KIND,
          EVENT_BODY, Instant.now()));
    }
    return events;
  }

  /** The insert of an event; null references are left unset. */
  private BoundStatement bindEvent(ArgusEvent event) {
    BoundStatementBuilder insert = insertEvent.boundStatementBuilder().setUuid(0, event.id());
    setUuidIfPresent(insert, 1, event.releaseId());
    setUuidIfPresent(insert, 2, event.groupId());
    setUuidIfPresent(insert, 3, event.testId());
    setUuidIfPresent(insert, 4, event.runId());
    setUuidIfPresent(insert, 5, event.userId());
    return insert.setString(6, event.kind()).setString(7, event.body()).setInstant(8, event.createdAt()).build();
  }

  private static void setUuidIfPresent(BoundStatementBuilder statement, int index, UUID value) {
    if (value != null) {
      statement.setUuid(index, value);
    }
  }

  // ---- notification_feed: the newest 10 of a receiver's 15 notifications

  @Benchmark
  public List<ArgusNotification> notification_feed__coodie4j() {
    return notifications.query().where(ArgusNotification::receiver).eq(RECEIVER).limit(FEED_SIZE).list();
  }

  @Benchmark
  public List<ArgusNotification> notification_feed__raw() {
    return session.execute(selectNotifications.bind(RECEIVER, FEED_SIZE)).map(ArgusBenchmarks::rawNotification).all();
  }

  @Benchmark
  public List<DsArgusNotification> notification_feed__dsMapper() {
    return notificationDao.findLatest(RECEIVER, FEED_SIZE).all();
  }

  // ---- status_update: load a build's newest run, mark it running with a fresh heartbeat (writes once a second)

  @Benchmark
  public ArgusTestRun status_update__coodie4j() {
    ArgusTestRun before = runs.query().where(ArgusTestRun::buildId).eq(STATUS_BUILD).first().orElseThrow();
    ArgusTestRun after = before.withProgress(RUNNING, epochSeconds());
    runs.saveChanges(before, after);
    return after;
  }

  @Benchmark
  public ArgusTestRun status_update__raw() {
    ArgusTestRun run = rawRun(session.execute(selectLatestRuns.bind(STATUS_BUILD, 1)).one());
    int heartbeat = epochSeconds();
    boolean newHeartbeat = run.heartbeat() != heartbeat;
    boolean newStatus = !RUNNING.equals(run.status());
    if (!newHeartbeat && !newStatus) {
      return run;
    }
    // an unset variable leaves its column as it is: one statement for any of the three changes
    BoundStatementBuilder update = updateRunProgress.boundStatementBuilder();
    if (newHeartbeat) {
      update.setInt(0, heartbeat);
    }
    if (newStatus) {
      update.setString(1, RUNNING);
    }
    session.execute(update.setString(2, run.buildId()).setInstant(3, run.startTime()).build());
    return run.withProgress(RUNNING, heartbeat);
  }

  @Benchmark
  public DsArgusTestRun status_update__dsMapper() {
    DsArgusTestRun run = runDao.findLatest(STATUS_BUILD, 1).one();
    int heartbeat = epochSeconds();
    if (run.getHeartbeat() != heartbeat || !RUNNING.equals(run.getStatus())) {
      run.setStatus(RUNNING);
      run.setHeartbeat(heartbeat);
      runDao.update(run);
    }
    return run;
  }

  private static int epochSeconds() {
    return (int) (System.currentTimeMillis() / 1000);
  }

  // ---- comment_with_collections: insert a comment with a list of mentions and a map of reactions

  @Benchmark
  public ArgusComment comment_with_collections__coodie4j() {
    ArgusComment comment = newComment();
    comments.save(comment);
    return comment;
  }

  @Benchmark
  public ArgusComment comment_with_collections__raw() {
    ArgusComment comment = newComment();
    session.execute(insertComment.boundStatementBuilder()
        .setUuid(0, comment.id())
        .setLong(1, comment.postedAt())
        .setUuid(2, comment.testRunId())
        .setUuid(3, comment.userId())
        .setUuid(4, comment.releaseId())
        .setString(5, comment.message())
        .setList(6, comment.mentions(), UUID.class)
        .setMap(7, comment.reactions(), String.class, Integer.class)
        .build());
    return comment;
  }

  @Benchmark
  public DsArgusComment comment_with_collections__dsMapper() {
    DsArgusComment comment = new DsArgusComment(UUID.randomUUID(), System.currentTimeMillis(), UUID.randomUUID(),
        UUID.randomUUID(), UUID.randomUUID(), COMMENT_MESSAGE, List.of(UUID.randomUUID(), UUID.randomUUID()),
        COMMENT_REACTIONS);
    commentDao.save(comment);
    return comment;
  }

  private static ArgusComment newComment() {
    return new ArgusComment(UUID.randomUUID(), System.currentTimeMillis(), UUID.randomUUID(), UUID.randomUUID(),
        UUID.randomUUID(), COMMENT_MESSAGE, List.of(UUID.randomUUID(), UUID.randomUUID()), COMMENT_REACTIONS);
  }

  // ---- multi_model_lookup: an event by key, then the user it references

  @Benchmark
  public ArgusUser multi_model_lookup__coodie4j() {
    ArgusEvent event = events.get(LOOKUP_EVENT).orElseThrow();
    return users.get(event.userId()).orElseThrow();
  }

  @Benchmark
  public ArgusUser multi_model_lookup__raw() {
    ArgusEvent event = rawEvent(session.execute(selectEvent.bind(LOOKUP_EVENT)).one());
    return rawUser(session.execute(selectUser.bind(event.userId())).one());
  }

  @Benchmark
  public DsArgusUser multi_model_lookup__dsMapper() {
    DsArgusEvent event = eventDao.findById(LOOKUP_EVENT);
    return userDao.findById(event.getUserId());
  }

  // ---- hand-written row reading, in the column order of the raw SELECTs

  /** A {@link #RUN_COLUMNS} row as an {@link ArgusTestRun}. */
  static ArgusTestRun rawRun(Row row) {
    return new ArgusTestRun(row.getString(0), row.getInstant(1), row.getUuid(2), row.getUuid(3), row.getUuid(4),
        row.getUuid(5), row.getUuid(6), row.getString(7), row.getString(8), row.getInt(9), row.getInstant(10),
        row.getString(11), row.getString(12));
  }

  private static ArgusUser rawUser(Row row) {
    return new ArgusUser(row.getUuid(0), row.getString(1), row.getString(2), row.getString(3), row.getInstant(4),
        row.getList(5, String.class), row.getUuid(6), row.getString(7));
  }

  private static ArgusEvent rawEvent(Row row) {
    return new ArgusEvent(row.getUuid(0), row.getUuid(1), row.getUuid(2), row.getUuid(3), row.getUuid(4),
        row.getUuid(5), row.getString(6), row.getString(7), row.getInstant(8));
  }

  private static ArgusNotification rawNotification(Row row) {
    return new ArgusNotification(row.getUuid(0), row.getUuid(1), row.getString(2), row.getInt(3), row.getUuid(4),
        row.getString(5), row.getUuid(6), row.getString(7), row.getString(8));
  }

  // ---- setup: tables, statements, seed rows and checks

  private <T> EntityTable<T> synced(Class<T> entityClass) {
    EntityTable<T> table = mapper.table(entityClass);
    table.sync();
    return table;
  }

  private PreparedStatement prepare(String cql, boolean idempotent) {
    return session.prepare(SimpleStatement.builder(cql).setIdempotence(idempotent).build());
  }

  private static String insert(String table, String columns) {
    String markers = String.join(",", Collections.nCopies(columns.split(",").length, "?"));
    return "INSERT INTO bench_ks." + table + " (" + columns + ") VALUES (" + markers + ")";
  }

  private static UUID seedId(String name) {
    return UUID.nameUUIDFromBytes(("bench_argus/" + name).getBytes(StandardCharsets.UTF_8));
  }

  /** coodie's seed of each scenario, written as coodie writes it ("" defaults, nulls left unset). */
  private void seed() {
    seededUser = ArgusUser.create(USER, "user-" + USER, "user-" + USER + "@test.com", List.of(USER_ROLE));
    users.save(seededUser);
    lookupUser = ArgusUser.create(LOOKUP_USER, "lookup-test", "lookup@test.com", List.of(USER_ROLE));
    users.save(lookupUser);
    events.save(new ArgusEvent(LOOKUP_EVENT, null, null, null, null, LOOKUP_USER, EVENT_KIND, "test", Instant.now()));

    filterRuns = seedRuns(FILTER_BUILD, 5, i -> i % 2 == 0 ? "passed" : "failed", "5.4.0");
    latestRuns = seedRuns(LATEST_BUILD, 5, i -> "passed", null).subList(0, LATEST_RUNS);
    statusRun = ArgusTestRun.create(STATUS_BUILD, SEED_TIME, "created", null);
    runs.save(statusRun);

    List<ArgusNotification> seeded = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      ArgusNotification notification = new ArgusNotification(RECEIVER,
          Uuids.startOf(SEED_TIME.plusSeconds(i).toEpochMilli()), "MENTION", 0, UUID.randomUUID(), "COMMENT",
          UUID.randomUUID(), "You were mentioned", "@user mentioned you in a comment");
      notifications.save(notification);
      seeded.add(0, notification);
    }
    feed = seeded.subList(0, FEED_SIZE);
  }

  /** {@code count} runs of a build, started a second apart; returns them newest first, as the table orders them. */
  private List<ArgusTestRun> seedRuns(String build, int count, IntFunction<String> status, String version) {
    List<ArgusTestRun> seeded = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ArgusTestRun run = ArgusTestRun.create(build, SEED_TIME.plusSeconds(i), status.apply(i), version);
      runs.save(run);
      seeded.add(0, run);
    }
    return seeded;
  }

  private void checkGetOrCreateUser() {
    check(get_or_create_user__coodie4j().equals(seededUser), "get_or_create_user__coodie4j reads the seeded user");
    check(get_or_create_user__raw().equals(seededUser), "get_or_create_user__raw reads the seeded user");
    check(user(get_or_create_user__dsMapper()).equals(seededUser),
        "get_or_create_user__dsMapper reads the seeded user");
    checkCreated("coodie4j", this::getOrCreateCoodie4j);
    checkCreated("raw", this::getOrCreateRaw);
    checkCreated("dsMapper", id -> user(getOrCreateDsMapper(id)));
  }

  /** The path the benchmark never takes: a missing user is created. */
  private void checkCreated(String implementation, Function<UUID, ArgusUser> getOrCreate) {
    UUID id = UUID.randomUUID();
    ArgusUser created = getOrCreate.apply(id);
    ArgusUser stored = users.get(id).orElse(null);
    users.deleteByKey(id);
    check(created.username().equals("fallback") && created.equals(stored),
        "get_or_create_user__" + implementation + " creates a missing user");
  }

  private void checkRunReads() {
    check(filter_runs_by_status__coodie4j().equals(filterRuns), "filter_runs_by_status__coodie4j reads the 5 runs");
    check(filter_runs_by_status__raw().equals(filterRuns), "filter_runs_by_status__raw reads the 5 runs");
    check(runs(filter_runs_by_status__dsMapper()).equals(filterRuns),
        "filter_runs_by_status__dsMapper reads the 5 runs");
    check(latest_runs__coodie4j().equals(latestRuns), "latest_runs__coodie4j reads the newest 3 runs");
    check(latest_runs__raw().equals(latestRuns), "latest_runs__raw reads the newest 3 runs");
    check(runs(latest_runs__dsMapper()).equals(latestRuns), "latest_runs__dsMapper reads the newest 3 runs");
  }

  /** Each implementation, from the seeded roles: the first call appends, the second changes nothing. */
  private void checkListMutation() {
    checkListMutation("coodie4j", this::list_mutation__coodie4j);
    checkListMutation("raw", this::list_mutation__raw);
    checkListMutation("dsMapper", () -> user(list_mutation__dsMapper()));
  }

  private void checkListMutation(String implementation, Supplier<ArgusUser> mutation) {
    users.save(ArgusUser.create(ROLES_USER, "role-test", "role@test.com", List.of(USER_ROLE)));
    List<String> expected = List.of(USER_ROLE, MANAGER_ROLE);
    boolean granted = mutation.get().roles().equals(expected);
    boolean unchanged = mutation.get().roles().equals(expected);
    check(granted && unchanged && users.get(ROLES_USER).orElseThrow().roles().equals(expected),
        "list_mutation__" + implementation + " grants ROLE_MANAGER once");
  }

  private void checkBatchEvents() {
    checkEventsWritten("coodie4j", batch_events__coodie4j().stream().map(ArgusEvent::id).toList());
    checkEventsWritten("raw", batch_events__raw().stream().map(ArgusEvent::id).toList());
    checkEventsWritten("dsMapper", batch_events__dsMapper().stream().map(DsArgusEvent::getId).toList());
  }

  private void checkEventsWritten(String implementation, List<UUID> ids) {
    boolean written = ids.size() == BATCH_SIZE && ids.stream().allMatch(id -> events.get(id)
        .filter(e -> e.runId().equals(EVENT_RUN) && e.kind().equals(EVENT_KIND) && e.groupId() == null)
        .isPresent());
    check(written, "batch_events__" + implementation + " writes 10 events");
  }

  private void checkNotificationFeed() {
    check(notification_feed__coodie4j().equals(feed), "notification_feed__coodie4j reads the newest 10");
    check(notification_feed__raw().equals(feed), "notification_feed__raw reads the newest 10");
    check(notification_feed__dsMapper().stream().map(DsArgusNotification::getId).toList()
        .equals(feed.stream().map(ArgusNotification::id).toList()), "notification_feed__dsMapper reads the newest 10");
  }

  /** Each implementation, from the seeded run: it ends running, with this second's heartbeat. */
  private void checkStatusUpdate() {
    checkStatusUpdate("coodie4j", () -> status_update__coodie4j().heartbeat());
    checkStatusUpdate("raw", () -> status_update__raw().heartbeat());
    checkStatusUpdate("dsMapper", () -> status_update__dsMapper().getHeartbeat());
  }

  private void checkStatusUpdate(String implementation, Supplier<Integer> update) {
    runs.save(statusRun);
    int before = epochSeconds();
    int heartbeat = update.get();
    ArgusTestRun stored = runs.get(STATUS_BUILD, SEED_TIME).orElseThrow();
    check(stored.status().equals(RUNNING) && stored.heartbeat() == heartbeat && heartbeat >= before
        && stored.id().equals(statusRun.id()), "status_update__" + implementation + " marks the run running");
  }

  private void checkCommentWithCollections() {
    checkCommentStored("coodie4j", comment_with_collections__coodie4j());
    checkCommentStored("raw", comment_with_collections__raw());
    DsArgusComment c = comment_with_collections__dsMapper();
    checkCommentStored("dsMapper", new ArgusComment(c.getId(), c.getPostedAt(), c.getTestRunId(), c.getUserId(),
        c.getReleaseId(), c.getMessage(), c.getMentions(), c.getReactions()));
  }

  private void checkCommentStored(String implementation, ArgusComment written) {
    check(comments.get(written.id(), written.postedAt()).filter(written::equals).isPresent(),
        "comment_with_collections__" + implementation + " writes the comment and its collections");
  }

  private void checkMultiModelLookup() {
    check(multi_model_lookup__coodie4j().equals(lookupUser), "multi_model_lookup__coodie4j finds the event's user");
    check(multi_model_lookup__raw().equals(lookupUser), "multi_model_lookup__raw finds the event's user");
    check(user(multi_model_lookup__dsMapper()).equals(lookupUser),
        "multi_model_lookup__dsMapper finds the event's user");
  }

  /** A DataStax mapper user as the record, for the checks. */
  private static ArgusUser user(DsArgusUser u) {
    return new ArgusUser(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getRegistrationDate(),
        u.getRoles(), u.getPictureId(), u.getApiToken());
  }

  /** A DataStax mapper test run as the record, for the checks. */
  static ArgusTestRun run(DsArgusTestRun r) {
    return new ArgusTestRun(r.getBuildId(), r.getStartTime(), r.getId(), r.getReleaseId(), r.getGroupId(),
        r.getTestId(), r.getAssignee(), r.getStatus(), r.getInvestigationStatus(), r.getHeartbeat(), r.getEndTime(),
        r.getBuildJobUrl(), r.getScyllaVersion());
  }

  private static List<ArgusTestRun> runs(List<DsArgusTestRun> runs) {
    return runs.stream().map(ArgusBenchmarks::run).toList();
  }
}
