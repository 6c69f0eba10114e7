package com.newsbot.bot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.report.BigramEmbeddingModel;
import com.newsbot.bot.report.LazyEmbeddingModel;
import com.newsbot.bot.report.QuestionGroups;
import com.newsbot.bot.report.ReaderReport;
import com.newsbot.bot.report.ReportBuilder;
import com.newsbot.bot.report.ReportHtml;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.StateException;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code newsbot report}: what readers asked, from the question log and the votes in the state database. */
@Command(name = "report", description = "What readers asked: questions per day, share answered, most asked articles,"
        + " the questions the paper did not answer (grouped), the answers voted down.")
final class ReportCommand implements Callable<Integer> {
    /** Cosine similarity at which bge-small-zh calls two questions the same (食堂几点开门 / 食堂什么时候开门: 0.88). */
    static final double BGE_THRESHOLD = 0.82;
    /** The same for the character-bigram fallback (shared wording only). */
    static final double BIGRAM_THRESHOLD = 0.6;
    static final int DEFAULT_DAYS = 30;

    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Option(names = "--since", paramLabel = "DATE", description = "from this day on, YYYY-MM-DD (default: the last 30 days)")
    String since;

    @Option(names = "--json", description = "write the figures as one JSON object")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "write the report as one self-contained HTML page")
    Path html;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        ZoneId zone = ZoneId.systemDefault();
        LocalDate from = since(zone);
        boolean embeddings = CommonOptions.embeddings(context.env());
        Path file = BotState.onServer(context.env()) ? null : BotState.location(context.env(), CommonOptions.cacheHome(context.env()));
        if (file != null && !Files.exists(file)) {
            throw new BadInputException("no state database at " + file + ": nothing was asked yet (the chat and the bots"
                    + " log questions there; set NEWSBOT_DB when it lives elsewhere)");
        }
        try (BotState state = BotServices.openState(context, true)) {
            if (!state.available()) {
                context.err().println("newsbot: " + state.problem().orElse("the state database cannot be used"));
                return Cli.FAILURE;
            }
            ReaderReport report = new ReportBuilder(state.questions(), state.votes(), groups(embeddings, state), zone)
                    .build(from);
            if (html != null) {
                writeHtml(report, context);
            }
            if (json) {
                context.out().println(Json.line(json(report)));
            } else if (html == null) {
                context.out().print(text(report));
            }
            context.out().flush();
            return Cli.OK;
        } catch (StateException e) {
            context.err().println("newsbot: " + e.getMessage());
            return Cli.FAILURE;
        }
    }

    private LocalDate since(ZoneId zone) {
        if (since == null || since.isBlank()) {
            return LocalDate.now(zone).minusDays(DEFAULT_DAYS - 1);
        }
        try {
            return LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("--since takes a day as YYYY-MM-DD, not " + since);
        }
    }

    /** Grouping with bge-small-zh (its vectors kept in the state database between reports), or character bigrams. */
    private static QuestionGroups groups(boolean embeddings, BotState state) {
        if (!embeddings) {
            return new QuestionGroups(new BigramEmbeddingModel(), BIGRAM_THRESHOLD);
        }
        EmbeddingModel model = new LazyEmbeddingModel(BgeSmallZhV15QuantizedEmbeddingModel::new);
        return new QuestionGroups(model, BGE_THRESHOLD, state.questionVectors(), "bge-small-zh-v1.5-q");
    }

    private void writeHtml(ReaderReport report, CliContext context) throws IOException {
        Path target = html.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new BadInputException("--html needs a file name, " + html + " is a folder");
        }
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new BadInputException("--html: the folder " + target.getParent() + " does not exist");
        }
        Files.writeString(target, new ReportHtml(new Prompts()).render(report), StandardCharsets.UTF_8);
        context.err().println("newsbot: report written to " + target);
    }

    /** DESIGN.md's shape: since, questions, answered, days, top_articles, not_found, votes, down. */
    static ObjectNode json(ReaderReport report) {
        ObjectNode root = Json.object();
        root.put("since", report.since().toString());
        root.put("questions", report.questions());
        root.put("answered", report.answered());
        ArrayNode days = root.putArray("days");
        for (ReaderReport.Day day : report.days()) {
            days.addObject().put("date", day.date().toString()).put("questions", day.questions()).put("answered", day.answered());
        }
        ArrayNode top = root.putArray("top_articles");
        for (ReaderReport.TopArticle article : report.topArticles()) {
            top.addObject().put("article_id", article.articleId()).put("title", article.title()).put("count", article.count());
        }
        ArrayNode notFound = root.putArray("not_found");
        for (ReaderReport.QuestionGroup group : report.notFound()) {
            ObjectNode node = notFound.addObject().put("count", group.count());
            group.questions().forEach(node.putArray("questions")::add);
        }
        root.putObject("votes").put("up", report.votesUp()).put("down", report.votesDown());
        ArrayNode down = root.putArray("down");
        for (ReaderReport.DownVote vote : report.down()) {
            ObjectNode node = down.addObject().put("question", vote.question()).put("answer", vote.answer());
            vote.articleIds().forEach(node.putArray("article_ids")::add);
        }
        return root;
    }

    private static String text(ReaderReport report) {
        Prompts prompts = new Prompts();
        StringBuilder out = new StringBuilder();
        out.append(prompts.render("report-title.zh.txt", Map.of("since", report.since().toString()))).append("\n\n");
        out.append(prompts.text("report-questions.zh.txt")).append(' ').append(report.questions()).append("  ")
                .append(prompts.text("report-answered.zh.txt")).append(' ').append(report.answered())
                .append(String.format(" (%.1f %%)", report.answeredShare() * 100)).append("  👍 ").append(report.votesUp())
                .append("  👎 ").append(report.votesDown()).append("\n\n");
        out.append(prompts.text("report-per-day.zh.txt")).append('\n');
        for (ReaderReport.Day day : report.days()) {
            out.append(String.format("  %s  %5d  %5.1f %%%n", day.date(), day.questions(), day.answeredShare() * 100));
        }
        out.append('\n').append(prompts.text("report-top-articles.zh.txt")).append('\n');
        for (ReaderReport.TopArticle article : report.topArticles()) {
            out.append(String.format("  %5d  %s  (%s)%n", article.count(), article.title(), article.articleId()));
        }
        out.append('\n').append(prompts.text("report-not-found.zh.txt")).append('\n');
        for (ReaderReport.QuestionGroup group : report.notFound()) {
            out.append(String.format("  %5d  %s%n", group.count(), String.join(" / ", group.questions())));
        }
        out.append('\n').append(prompts.text("report-down.zh.txt")).append('\n');
        for (ReaderReport.DownVote vote : report.down()) {
            out.append("  ").append(vote.question()).append("\n    → ").append(vote.answer().replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }
}
