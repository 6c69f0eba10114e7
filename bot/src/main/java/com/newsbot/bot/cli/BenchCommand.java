package com.newsbot.bot.cli;

import com.newsbot.bot.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code newsbot bench} (hidden, for developers): indexing and answering measured on generated corpora of real
 * text; see {@link Benchmark} and docs/performance.md.
 */
@Command(name = "bench", hidden = true,
        description = "Measure indexing and answering on corpora of 1k..100k articles built from real text.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Option(names = "--articles", split = ",", paramLabel = "N[,N…]",
            description = "corpus sizes in articles (default: 1000,10000,100000)")
    List<Integer> articles = List.of(1000, 10000, 100000);

    @Option(names = "--embeddings", paramLabel = "on|off|both", description = "index with embeddings, without, or both (default)")
    String embeddings = "both";

    @Option(names = "--embed-max", paramLabel = "N",
            description = "largest corpus indexed with embeddings (default: 10000; bge embeds ~15-20 passages/s on 2 busy cores)")
    int embedMax = 10000;

    @Option(names = "--questions", paramLabel = "N", description = "timed questions per index (default: 500)")
    int questions = 500;

    @Option(names = "--warmup", paramLabel = "N", description = "questions answered before timing (default: 200)")
    int warmup = 200;

    @Option(names = "--eval-dir", paramLabel = "DIR",
            description = "the SQuAD sets cmrc2018_trial.json and DRCD_dev.json (default: ../shared/eval)")
    Path evalDir = Path.of("..", "shared", "eval");

    @Option(names = "--seeds", paramLabel = "DIR", description = "seed issues whose articles join the real text (default: ./seeds)")
    Path seeds = Path.of("seeds");

    @Option(names = "--work", paramLabel = "DIR", description = "keep corpora and indexes here (default: a temporary folder, deleted)")
    Path work;

    @Option(names = "--out", paramLabel = "DIR", description = "write bench.md and the child processes' output here")
    Path out;

    @Option(names = "--child-heap", paramLabel = "SIZE", description = "-Xmx of the JVM that answers (default: 512m)")
    String childHeap = "512m";

    @Option(names = "--cold-runs", paramLabel = "N", description = "timed cold starts per command (default: 5; 0: none)")
    int coldRuns = 5;

    @Option(names = "--cold-max", paramLabel = "N", description = "time cold starts on corpora up to N articles (default: 10000)")
    int coldMax = 10000;

    @Option(names = "--compare-passages", paramLabel = "N",
            description = "passages embedded again by our model and LangChain4j's naive embedAll, taking turns (default: 1000; 0: none)")
    int comparePassages = 1000;

    @Option(names = "--child-query", hidden = true, paramLabel = "INDEX", description = "internal: the query phase")
    Path childQuery;

    @Option(names = "--child-corpus", hidden = true, paramLabel = "DIR", description = "internal: the corpus the child checks")
    Path childCorpus;

    @Option(names = {"-v", "--verbose"}, description = "log more (to stderr and the log file)")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        LogSetup.apply(verbose);
        List<Path> missing = Benchmark.missingEvalFiles(evalDir);
        if (!missing.isEmpty()) {
            throw new BadInputException("the bench needs the SQuAD sets; missing " + missing.stream()
                    .map(Path::toString).collect(Collectors.joining(", ")) + " (give their folder with --eval-dir DIR)");
        }
        boolean lexical;
        boolean dense;
        switch (embeddings.toLowerCase(Locale.ROOT)) {
            case "on" -> { lexical = false; dense = true; }
            case "off" -> { lexical = true; dense = false; }
            case "both" -> { lexical = true; dense = true; }
            default -> throw new BadInputException("--embeddings must be on, off or both, not " + embeddings);
        }
        if (articles.isEmpty() || articles.stream().anyMatch(n -> n == null || n < 1 || n > 10_000_000)) {
            throw new BadInputException("--articles must be sizes between 1 and 10000000, e.g. 1000,10000");
        }
        if (questions < 1 || warmup < 0 || coldRuns < 0 || comparePassages < 0) {
            throw new BadInputException("--questions must be at least 1, --warmup, --cold-runs and --compare-passages at least 0");
        }
        if (!childHeap.matches("[0-9]+[kKmMgG]?")) {
            throw new BadInputException("--child-heap must be a heap size like 512m, not " + childHeap);
        }
        Benchmark.Settings settings = new Benchmark.Settings(articles, lexical, dense, embedMax, questions, warmup,
                evalDir, seeds, work, out, childHeap, coldRuns, coldMax, comparePassages);
        Benchmark benchmark = new Benchmark(settings, parent.context.out());
        if (childQuery != null) {
            if (childCorpus == null || dense == lexical) {
                throw new BadInputException("--child-query needs --child-corpus DIR and --embeddings on|off");
            }
            benchmark.runQueryChild(childQuery, childCorpus, dense);
        } else {
            benchmark.run();
        }
        return Cli.OK;
    }
}
