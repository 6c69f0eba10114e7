package com.newsbot.bot.cli;

import com.newsbot.bot.SeedIndex;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container and service files name what exists: the paths the Dockerfile copies, the jar the build makes, the
 * subcommands they run, the variables the environment file sets; and they keep the rules (non-root, volumes,
 * restart on failure, no new privileges, a read-only system). Docker and systemd cannot run here; this is what can
 * be checked without them.
 */
class DeployFilesTest {
    private static final Path ROOT = SeedIndex.repoSeeds().toAbsolutePath().getParent();
    private static final Pattern STRING = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");

    private static Set<String> subcommands() {
        CliContext context = new CliContext(Map.of(), java.io.InputStream.nullInputStream(),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        return new CommandLine(new NewsbotCommand(context)).getSubcommands().keySet();
    }

    /** Dockerfile instructions, continuation lines joined, comments dropped. */
    private static List<String[]> instructions() throws IOException {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
            if (line.strip().startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            String[] parts = current.toString().strip().split("\\s+", 2);
            instructions.add(new String[]{parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
            current.setLength(0);
        }
        return instructions;
    }

    private static List<String> all(List<String[]> instructions, String keyword) {
        return instructions.stream().filter(i -> i[0].equals(keyword)).map(i -> i[1]).toList();
    }

    private static Map<String, List<String>> unit(String name) throws IOException {
        Map<String, List<String>> keys = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("deploy").resolve(name))) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                keys.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>()).add(line.substring(eq + 1).strip());
            }
        }
        return keys;
    }

    @Test
    void the_dockerfile_builds_with_maven_copies_what_exists_and_runs_the_jar_as_a_user_with_volumes() throws IOException {
        List<String[]> instructions = instructions();
        List<String> from = all(instructions, "FROM");
        assertThat(from).hasSize(2);
        assertThat(from.get(0)).startsWith("maven:").contains("17").endsWith("AS build");
        assertThat(from.get(1)).startsWith("eclipse-temurin:17-jre");

        for (String copy : all(instructions, "COPY")) {
            List<String> words = new ArrayList<>(List.of(copy.split("\\s+")));
            if (words.get(0).startsWith("--from=build")) {
                assertThat(words.get(1)).isEqualTo("/src/bot/target/newsbot.jar");
                assertThat(Files.readString(ROOT.resolve("bot/pom.xml"))).contains("<finalName>newsbot</finalName>");
                continue;
            }
            words.removeIf(w -> w.startsWith("--"));
            for (String source : words.subList(0, words.size() - 1)) {
                assertThat(ROOT.resolve(source)).as("COPY " + source).exists();
            }
        }
        assertThat(all(instructions, "WORKDIR")).first().isEqualTo("/src");

        String user = all(instructions, "USER").get(0);
        assertThat(user).isNotIn("root", "0");
        String env = String.join(" ", all(instructions, "ENV"));
        Matcher home = Pattern.compile("NEWSBOT_HOME=(\\S+)").matcher(env);
        assertThat(home.find()).isTrue();
        String workdir = all(instructions, "WORKDIR").get(1);
        assertThat(all(instructions, "VOLUME").get(0)).contains("\"" + home.group(1) + "\"", "\"" + workdir + "/seeds\"");
        assertThat(all(instructions, "ENTRYPOINT").get(0)).contains("\"/opt/newsbot/newsbot.jar\"");
        assertThat(all(instructions, "COPY").stream().anyMatch(c -> c.endsWith("/opt/newsbot/newsbot.jar"))).isTrue();
        String command = all(instructions, "CMD").get(0).replaceAll("[\\[\\]\"]", "");
        assertThat(subcommands()).contains(command);
        assertThat(env).contains("NEWSBOT_HTTP_PORT=9464");
        assertThat(all(instructions, "EXPOSE")).containsExactly("9464");
    }

    @Test
    void each_unit_runs_its_front_end_from_the_installed_jar_with_secrets_from_a_file_and_a_locked_down_service()
            throws IOException {
        for (String frontEnd : List.of("telegram", "feishu")) {
            Map<String, List<String>> unit = unit("newsbot-" + frontEnd + ".service");
            String exec = unit.get("ExecStart").get(0);
            assertThat(exec).startsWith("/usr/bin/java ").contains(" -jar /opt/newsbot/newsbot.jar " + frontEnd + " ");
            assertThat(subcommands()).contains(frontEnd);
            assertThat(unit.get("EnvironmentFile")).containsExactly("/etc/newsbot/newsbot.env");
            assertThat(unit.get("Restart")).containsExactly("on-failure");
            assertThat(unit.get("NoNewPrivileges")).containsExactly("yes");
            assertThat(unit.get("ProtectSystem")).containsExactly("strict");
            assertThat(unit.get("User")).containsExactly("newsbot");
            assertThat(unit.get("Environment")).contains("NEWSBOT_HOME=/var/lib/newsbot");
            assertThat(unit.get("ReadWritePaths")).containsExactly("/var/lib/newsbot");
            assertThat(unit.get("WantedBy")).containsExactly("multi-user.target");
        }
        assertThat(unit("newsbot-telegram.service").get("Environment")).contains("NEWSBOT_HTTP_PORT=9464");
        assertThat(unit("newsbot-feishu.service").get("Environment")).as("not the same port on one machine")
                .contains("NEWSBOT_HTTP_PORT=9465");
    }

    @Test
    void every_variable_in_the_environment_file_is_one_the_bot_reads_and_no_secret_is_filled_in() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(ROOT.resolve("bot/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Set<String> read = new java.util.HashSet<>();
        Matcher strings = STRING.matcher(sources);
        while (strings.find()) {
            read.add(strings.group(1));
        }
        List<String> lines = Files.readAllLines(ROOT.resolve("deploy/newsbot.env.example"));
        List<String> named = new ArrayList<>();
        for (String line : lines) {
            Matcher variable = Pattern.compile("^#? ?([A-Z][A-Z0-9_]+)=(.*)$").matcher(line);
            if (variable.matches()) {
                named.add(variable.group(1));
                if (variable.group(1).matches(".*(TOKEN|SECRET|PASSWORD|API_KEY)$")) {
                    assertThat(variable.group(2)).as(variable.group(1) + " left empty").isEmpty();
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(10);
        assertThat(read).containsAll(named);
    }
}
