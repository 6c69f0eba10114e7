package com.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad seeds and a damaged or busy index through the real CLI: every bad file is named on one line
 * and the good ones are served; a corrupt index is rebuilt from the seeds and answers are served; an
 * index locked by another process (a second JVM) gives {@code index} one clear line and exit code 1, no
 * stack trace, while {@code ask} still answers from it read-only.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CliSeedFaultsTest {
    private static final String SEED_QUESTION = "上汽在职的全国劳模一共有几位？";

    @TempDir
    Path temp;

    private CliRun cli() throws IOException {
        CliRun cli = new CliRun(temp);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        return cli;
    }

    private static JsonNode ask(CliRun cli, String question) throws IOException {
        CliRun.Result result = cli.run(cli.withDirs("ask", "--json", question));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Json.MAPPER.readTree(result.out());
    }

    private static void assertNoStackTrace(String text) {
        assertThat(text).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by:");
    }

    @Test
    void binary_empty_and_undecodable_files_are_named_once_each_and_the_utf8_and_gbk_issues_are_served() throws Exception {
        CliRun cli = cli();
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        Files.write(cli.seeds.resolve("scan.txt"), binary);
        Files.write(cli.seeds.resolve("empty.md"), new byte[0]);
        Files.write(cli.seeds.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0x41, (byte) 0x80});
        Files.write(cli.seeds.resolve("office.md"), """
                ---
                title: 工会简讯
                date: 2020-12-02
                ---
                ## 食堂新增夜宵窗口
                作者：李华
                从12月起，三号食堂新增夜宵窗口，每晚九点至十一点供应热食，方便夜班职工用餐。
                """.getBytes(Charset.forName("GBK")));

        CliRun.Result indexed = cli.run(cli.withDirs("index"));

        assertThat(indexed.exitCode()).as(indexed.err()).isZero();
        List<String> skipped = indexed.err().lines().filter(line -> line.contains("skipped")).toList();
        assertThat(skipped).hasSize(3);
        assertThat(skipped).anySatisfy(line -> assertThat(line).contains("scan.txt", "binary"));
        assertThat(skipped).anySatisfy(line -> assertThat(line).contains("empty.md", "empty"));
        assertThat(skipped).anySatisfy(line -> assertThat(line).contains("broken.txt"));
        assertThat(skipped).noneSatisfy(line -> assertThat(line).contains("office.md"));
        assertNoStackTrace(indexed.err() + indexed.out());
        assertThat(indexed.out()).contains("indexed 2 of 5 files");

        JsonNode gbk = ask(cli, "三号食堂的夜宵窗口几点供应？");
        assertThat(gbk.get("found").asBoolean()).isTrue();
        assertThat(gbk.get("answer").asText()).contains("九点至十一点");
        assertThat(gbk.get("citations").get(0).get("source").asText()).endsWith("office.md");
        assertThat(ask(cli, SEED_QUESTION).get("answer").asText()).contains("13");
    }

    @Test
    void a_twenty_megabyte_issue_is_indexed_and_its_last_article_is_answered() throws Exception {
        CliRun cli = cli();
        StringBuilder text = new StringBuilder(8_000_000);
        text.append("---\ntitle: 厂区周报合订本\ndate: 2021-06-01\n---\n");
        int story = 0;
        while (text.length() < 7_600_000) {
            text.append("## 第").append(story).append("号车间完成技术改造\n作者：王芳\n");
            for (int p = 0; p < 4; p++) {
                text.append("第").append(story).append("号车间的第").append(p).append("条产线完成了调试，产能提升百分之")
                        .append(10 + p).append("，各项指标均达到设计要求，团队总结了经验，为后续项目的推进打下了坚实基础。\n");
            }
            story++;
        }
        int last = story;
        text.append("## 蓝鲸号试验车完成高原测试\n作者：赵敏\n蓝鲸号试验车在海拔五千米的高原完成了耐寒测试，续航衰减不到百分之八。\n");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(20_000_000);
        Files.write(cli.seeds.resolve("bound-volume.md"), bytes);

        long started = System.nanoTime();
        CliRun.Result indexed = cli.run(cli.withDirs("index"));
        long indexMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(indexed.exitCode()).as(indexed.err()).isZero();
        assertThat(indexed.out()).contains("indexed 2 of 2 files");
        started = System.nanoTime();
        JsonNode answer = ask(cli, "蓝鲸号试验车在海拔多少米的高原完成了测试？");
        long askMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("20 MB issue (%d bytes, %d articles): index %d ms, first ask (opening the index) %d ms%n", bytes.length,
                last + 1, indexMillis, askMillis);
        assertThat(answer.get("found").asBoolean()).isTrue();
        assertThat(answer.get("answer").asText()).contains("五千米");
        assertThat(ask(cli, SEED_QUESTION).get("answer").asText()).contains("13");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated", "garbage"})
    void a_corrupt_index_is_rebuilt_from_the_seeds_and_answers(String damage) throws Exception {
        CliRun cli = cli();
        assertThat(cli.run(cli.withDirs("index")).exitCode()).isZero();
        try (Stream<Path> files = Files.list(cli.index)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals("write.lock")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                if (damage.equals("truncated")) {
                    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
                } else {
                    Files.write(file, "garbage, not Lucene".getBytes(StandardCharsets.UTF_8));
                }
            }
        }

        JsonNode answer = ask(cli, SEED_QUESTION);

        assertThat(answer.get("found").asBoolean()).isTrue();
        assertThat(answer.get("answer").asText()).contains("13");
        CliRun.Result again = cli.run(cli.withDirs("index"));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("indexed 0 of 1 files (1 unchanged");
    }

    @Test
    void an_index_locked_by_another_process_fails_index_with_one_line_and_exit_code_1_while_ask_answers_read_only() throws Exception {
        CliRun cli = cli();
        assertThat(cli.run(cli.withDirs("index")).exitCode()).isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Process holder = new ProcessBuilder(java, "-cp", classpath, IndexLockHolder.class.getName(), cli.index.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader holderOut = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(holderOut.readLine()).startsWith("holding");

            String productionLogging = "-Dlogback.configurationFile=" + Path.of("src", "main", "resources", "logback.xml").toAbsolutePath();
            ProcessBuilder command = new ProcessBuilder(java, productionLogging, "-cp", classpath, "com.newsbot.bot.Main", "index",
                    "--seeds", cli.seeds.toString(), "--index", cli.index.toString());
            Map<String, String> env = command.environment();
            env.putAll(cli.env);
            env.put("NEWSBOT_LOG_DIR", temp.resolve("logs").toString());
            Process index = command.start();
            index.getOutputStream().close();
            String out = new String(index.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(index.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(index.waitFor(60, TimeUnit.SECONDS)).isTrue();

            System.out.println("newsbot index on a locked index, exit code " + index.exitValue() + ", stderr:\n" + err.strip());
            assertThat(index.exitValue()).as(err).isEqualTo(1);
            assertThat(out).isEmpty();
            assertNoStackTrace(err);
            assertThat(err.strip().lines()).singleElement().asString()
                    .startsWith("newsbot: ").contains("locked", cli.index.toString());

            CliRun.Result asked = cli.run(cli.withDirs("ask", "--json", SEED_QUESTION));
            assertThat(asked.exitCode()).as(asked.err()).isZero();
            assertThat(Json.MAPPER.readTree(asked.out()).get("answer").asText()).contains("13");
            assertThat(asked.err().strip().lines()).singleElement().asString().contains("in use by another newsbot process");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
