package dev.coodie4j.migrations.internal;

import dev.coodie4j.migrations.DuplicateMigrationVersionException;
import dev.coodie4j.migrations.Migration;
import dev.coodie4j.migrations.MigrationException;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds migrations: {@code .cql} files in classpath locations and directories, Java migrations listed for the
 * {@link ServiceLoader} or given directly. Returns them in version order; refuses two with one version.
 */
public final class Discovery {
  private static final Pattern FILE = Pattern.compile("([VU])([0-9]+(?:[._][0-9]+)*)__(.+)\\.cql");

  private Discovery() {}

  /** A script found: its name, where it is (for messages), its text. */
  private record Script(String name, String where, String text) {}

  public static List<Migration> find(List<String> classpathLocations, List<Path> directories,
      List<Migration> given, boolean serviceLoader, ClassLoader loader) {
    List<Script> scripts = new ArrayList<>();
    for (String location : classpathLocations) {
      scripts.addAll(fromClasspath(location, loader));
    }
    for (Path directory : directories) {
      scripts.addAll(fromDirectory(directory));
    }
    Map<String, Migration> byVersion = new TreeMap<>(Versions.ORDER);
    Map<String, String> origin = new HashMap<>();
    Map<String, CqlFileMigration.Undo> undos = new HashMap<>();
    Map<String, Script> upgrades = new LinkedHashMap<>();
    for (Script script : scripts) {
      Matcher m = FILE.matcher(script.name());
      m.matches();
      if ("U".equals(m.group(1))) {
        undos.put(normal(m.group(2)), new CqlFileMigration.Undo(script.where(), MigrationScript.parse(script.text(), script.where())));
      } else {
        Script earlier = upgrades.put(normal(m.group(2)), script);
        if (earlier != null) {
          throw new DuplicateMigrationVersionException(m.group(2), earlier.where(), script.where());
        }
      }
    }
    for (Map.Entry<String, Script> entry : upgrades.entrySet()) {
      Script script = entry.getValue();
      Matcher m = FILE.matcher(script.name());
      m.matches();
      Migration migration = new CqlFileMigration(m.group(2), m.group(3).replace('_', ' '), script.where(),
          MigrationScript.parse(script.text(), script.where()), Checksums.ofText(script.text()), Optional.ofNullable(undos.get(entry.getKey())));
      put(byVersion, origin, migration, script.where());
    }
    List<Migration> java = new ArrayList<>(given);
    if (serviceLoader) {
      ServiceLoader.load(Migration.class, loader).forEach(java::add);
    }
    for (Migration migration : java) {
      put(byVersion, origin, migration, migration.getClass().getName());
    }
    return List.copyOf(byVersion.values());
  }

  private static void put(Map<String, Migration> byVersion, Map<String, String> origin, Migration migration,
      String where) {
    String version = Versions.check(migration.version(), where);
    Migration earlier = byVersion.putIfAbsent(version, migration);
    if (earlier != null) {
      if (earlier.getClass() == migration.getClass() && !(migration instanceof CqlFileMigration)) {
        return; // the same class given directly and listed for the service loader
      }
      throw new DuplicateMigrationVersionException(version, origin.get(earlier.version()), where);
    }
    origin.put(version, where);
  }

  private static String normal(String version) {
    return String.join(".", Stream.of(version.split("[._]")).map(part -> part.replaceFirst("^0+(?=.)", "")).toList());
  }

  private static List<Script> fromDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new MigrationException("the migrations directory " + directory.toAbsolutePath() + " does not exist");
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<Script> scripts = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (FILE.matcher(name).matches()) {
          scripts.add(new Script(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } else if (name.endsWith(".cql")) {
          throw misnamed(file.toString());
        }
      }
      return scripts;
    } catch (IOException e) {
      throw new MigrationException("cannot read the migrations directory " + directory + ": " + e.getMessage(), e);
    }
  }

  private static List<Script> fromClasspath(String location, ClassLoader loader) {
    String prefix = location.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
    List<Script> scripts = new ArrayList<>();
    try {
      Enumeration<URL> roots = loader.getResources(prefix);
      for (URL root : Collections.list(roots)) {
        if ("file".equals(root.getProtocol())) {
          for (Script script : fromDirectory(Path.of(root.toURI()))) {
            scripts.add(new Script(script.name(), "classpath:" + prefix + "/" + script.name(), script.text()));
          }
        } else if ("jar".equals(root.getProtocol())) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false);
          // the folder's path inside the jar: the location itself, or under BOOT-INF/classes in a Boot jar
          String folder = connection.getEntryName() == null ? prefix
              : connection.getEntryName().replaceAll("/+$", "");
          try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
              String name = entry.getName();
              if (!entry.isDirectory() && name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0) {
                String simple = name.substring(folder.length() + 1);
                if (FILE.matcher(simple).matches()) {
                  scripts.add(new Script(simple, "classpath:" + name,
                      new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)));
                } else if (simple.endsWith(".cql")) {
                  throw misnamed("classpath:" + name);
                }
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new MigrationException("cannot read migrations at classpath:" + prefix + ": " + e.getMessage(), e);
    }
    scripts.sort((a, b) -> a.name().compareTo(b.name()));
    return scripts;
  }

  private static MigrationException misnamed(String where) {
    return new MigrationException("the migration file " + where + " is not named V<version>__<name>.cql (or "
        + "U<version>__<name>.cql for an undo), such as V2026_12_02_001__add_email.cql");
  }
}
