package com.newsbot.bot.cli;

import com.newsbot.bot.StandInLlm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Issue 15, findings 4, 5 and 6 through the real command line: escape sequences from the paper or a model never
 * reach the terminal, seed names and sidecar values cannot forge log lines, the bot's files are owner-only, and a
 * home folder that belongs to another user is refused.
 */
class CliTrustBoundariesTest {
    /** Window title, screen clear, clipboard write (OSC 52), a C1 CSI, a bell. */
    private static final String ESCAPES = "\u001b]0;owned\u0007\u001b[2J\u001b]52;c;ZWNobyBvd25lZA==\u0007\u009b31m";
    private static final String FILLER = "这一段是普通的正文，用来说明文件是文本而不是二进制数据。".repeat(20);

    @TempDir
    Path temp;

    private CliRun hostileCli() throws Exception {
        CliRun cli = new CliRun(temp);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        Files.writeString(cli.seeds.resolve("evil" + ESCAPES + ".md"), "---\ntitle: 恶意报" + ESCAPES
                + "\ndate: 2030-01-01\n---\n## 恶意标题" + ESCAPES + "\n\n作者：坏人" + ESCAPES + "\n\n恶意正文" + ESCAPES
                + "。\n\n" + FILLER + "\n", StandardCharsets.UTF_8);
        return cli;
    }

    private static void assertNoControl(String text) {
        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)))
                .as("control characters in %s", text).isEmpty();
    }

    @Test
    void escapeSequencesInTheSeedsReachNoCommandsOutput() throws Exception {
        CliRun cli = hostileCli();
        assertThat(cli.run(cli.withDirs("index")).exitCode()).isZero();

        List<CliRun.Result> results = List.of(
                cli.run(cli.withDirs("search", "恶意标题")),
                cli.run(cli.withDirs("source", "evil]0;owned]52;c;ZWNobyBvd25lZA==31m-01")),
                cli.run(cli.withDirs("summary")),
                cli.run(cli.withDirs("issues")),
                cli.runWithInput("/latest\n/search 恶意\n/source 1\n", cli.withDirs("chat")));

        for (CliRun.Result result : results) {
            assertNoControl(result.out());
            assertNoControl(result.err());
        }
        assertThat(results.get(0).out()).contains("恶意标题]0;owned");
        assertThat(results.get(2).out() + results.get(4).out()).contains("恶意标题");
    }

    @Test
    void aModelsReplyWithEscapeSequencesIsPrintedWithoutThem() throws Exception {
        try (StandInLlm llm = new StandInLlm()) {
            llm.replyWith(body -> StandInLlm.Reply.content("上汽在职全国劳模共有13位" + ESCAPES + "[1]。"));
            CliRun cli = new CliRun(temp);
            cli.env.put("NEWSBOT_EMBEDDINGS", "none");
            cli.env.put("NEWSBOT_LLM", "openai");
            cli.env.put("NEWSBOT_LLM_BASE_URL", llm.baseUrl());
            cli.env.put("NEWSBOT_LLM_TIMEOUT", "5");

            CliRun.Result asked = cli.run(cli.withDirs("ask", "上汽在职的全国劳模有几位？"));
            CliRun.Result chatted = cli.runWithInput("上汽在职的全国劳模有几位？\n", cli.withDirs("chat"));

            assertThat(asked.exitCode()).as(asked.err()).isZero();
            assertThat(asked.out()).contains("13位");
            assertNoControl(asked.out());
            assertNoControl(chatted.out());
        }
    }

    @Test
    void theTerminalStreamDropsC0DelAndC1ControlsButKeepsTextNewlinesAndTabs() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream safe = TerminalSafeStream.wrap(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        safe.print("标题\u001b[2J\r\u0008\u007f\u0085é\u00a0ü\t列\n" + ESCAPES + "完");
        safe.flush();
        TerminalSafeStream.printOwn(safe, "\r\u001b[K");

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("标题[2Jé\u00a0ü\t列\n]0;owned[2J]52;c;ZWNobyBvd25lZA==31m完\r\u001b[K");
    }

    @Test
    void theDefaultIndexAndTheAnswerCacheAreOwnerOnly() throws Exception {
        CliRun cli = new CliRun(temp);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        Path home = Path.of(cli.env.get("NEWSBOT_HOME"));

        CliRun.Result result = cli.run("index", "--seeds", cli.seeds.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(mode(home)).isEqualTo("rwx------");
        try (var folders = Files.list(home)) {
            List<Path> all = folders.toList();
            assertThat(all).isNotEmpty();
            for (Path folder : all) {
                assertThat(mode(folder)).as(folder.toString()).isEqualTo("rwx------");
            }
        }
        try (var files = Files.walk(home)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("paper-stats-")).toList()) {
                assertThat(mode(f)).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aHomeFolderOwnedByAnotherUserIsRefusedWithAClearMessage() throws Exception {
        CliRun cli = new CliRun(temp);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        Path home = Files.createDirectories(temp.resolve("their-home"));
        assumeThat(giveToAnotherUser(home)).as("only root can give a folder to another user").isTrue();
        cli.env.put("NEWSBOT_HOME", home.toString());

        CliRun.Result result = cli.run("search", "--seeds", cli.seeds.toString(), "劳模");

        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.err().strip().lines()).singleElement().asString()
                .startsWith("newsbot: ").contains(home.toString(), "belongs to another user", "NEWSBOT_HOME");
        try (var inside = Files.list(home)) {
            assertThat(inside).isEmpty();
        }
    }

    @Test
    void seedNamesAndSidecarValuesCannotForgeLogLinesAndTheLogIsOwnerOnly() throws Exception {
        CliRun cli = new CliRun(temp);
        String forged = "\n23:59:59.999 ERROR Forged - the admin password is hunter2";
        Files.writeString(cli.seeds.resolve("000_ca8ae608e85ef6a0.properties"), "date=soon" + forged.replace("\n", "\\n")
                + ESCAPES + "\n", StandardCharsets.UTF_8);
        Files.writeString(cli.seeds.resolve("broken" + forged + ".txt"), "", StandardCharsets.UTF_8);
        Path logs = temp.resolve("logs");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String productionLogging = "-Dlogback.configurationFile=" + Path.of("src", "main", "resources", "logback.xml").toAbsolutePath();
        ProcessBuilder command = new ProcessBuilder(java, productionLogging, "-cp", System.getProperty("java.class.path"),
                "com.newsbot.bot.Main", "index", "--seeds", cli.seeds.toString(), "--index", cli.index.toString());
        command.environment().putAll(cli.env);
        command.environment().put("NEWSBOT_EMBEDDINGS", "none");
        command.environment().put("NEWSBOT_LOG_DIR", logs.toString());
        Process index = command.start();
        index.getOutputStream().close();
        String out = new String(index.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(index.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(index.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(out).as("no logging configuration chatter").doesNotContain("logback");
        assertThat(err).doesNotContain("logback");
        String log = Files.readString(logs.resolve("newsbot.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("hunter2"); // the warnings about both files were logged ...
        for (String text : List.of(log, err)) {
            assertNoControl(text);
            for (String line : text.lines().toList()) { // ... and every line is one of ours
                assertThat(line).as(text).doesNotStartWith("23:59:59.999").doesNotStartWith(" 23:59:59.999");
            }
        }
        assertThat(log.lines()).allSatisfy(line -> assertThat(line).matches("^\\d{4}-\\d\\d-\\d\\d \\d\\d:.*"));
        assertThat(mode(logs)).isEqualTo("rwx------");
        assertThat(mode(logs.resolve("newsbot.log"))).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static boolean giveToAnotherUser(Path dir) {
        try {
            Files.setAttribute(dir, "unix:uid", 4242, LinkOption.NOFOLLOW_LINKS);
            return (Integer) Files.getAttribute(dir, "unix:uid") == 4242;
        } catch (Exception e) {
            return false;
        }
    }
}
