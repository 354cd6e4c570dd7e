package dev.coodie4j.migrations.internal;

import dev.coodie4j.migrations.MigrationContext;
import dev.coodie4j.migrations.ReversibleMigration;
import java.util.Optional;

/**
 * A migration read from {@code V<version>__<name>.cql}, with its undo script {@code U<version>__<name>.cql} when there
 * is one. Its statements run one by one through the context; the checksum is the script's.
 */
public record CqlFileMigration(String version, String description, String file, MigrationScript script, String checksum,
    Optional<Undo> undo) implements ReversibleMigration {

  /** The undo script and its file. */
  public record Undo(String file, MigrationScript script) {}

  @Override
  public boolean destructive() {
    return script.declaredDestructive();
  }

  @Override
  public void upgrade(MigrationContext context) {
    run(context, script, file);
  }

  @Override
  public void downgrade(MigrationContext context) {
    Undo u = undo.orElseThrow();
    run(context, u.script(), u.file());
  }

  private static void run(MigrationContext context, MigrationScript script, String file) {
    for (dev.coodie4j.cql.CqlScript.Statement statement : script.statements()) {
      try {
        context.execute(statement.cql());
      } catch (RuntimeException e) {
        throw new StatementFailure(file, statement, e);
      }
    }
  }

  /** A statement of a script failed; carries where it is, for the runner's error. */
  public static final class StatementFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final transient dev.coodie4j.cql.CqlScript.Statement statement;

    StatementFailure(String file, dev.coodie4j.cql.CqlScript.Statement statement, RuntimeException cause) {
      super(cause.getMessage(), cause);
      this.file = file;
      this.statement = statement;
    }

    public String file() {
      return file;
    }

    public dev.coodie4j.cql.CqlScript.Statement statement() {
      return statement;
    }
  }
}
